/* The live arithmetic of a line's decision re-renders the line's adjustments after each change; this
   puts the keyboard focus back where the adjuster had moved it (by id, which survives the re-render). */
document.addEventListener('focusin', function (event) {
    if (event.target && event.target.id) {
        window.deskFocusId = event.target.id;
    }
});
function deskRefocus() {
    var target = window.deskFocusId && document.getElementById(window.deskFocusId);
    if (target && document.activeElement !== target) {
        target.focus();
    }
}
