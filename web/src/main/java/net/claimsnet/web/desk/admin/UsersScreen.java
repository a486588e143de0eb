package net.claimsnet.web.desk.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.web.admin.NodeUsers;
import net.claimsnet.web.desk.CurrentUser;
import net.claimsnet.web.security.UserAdministration;
import net.claimsnet.web.security.UserAdministration.IssuedPassword;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The node's users (/admin/users.xhtml): who may log in with which roles, who is locked out after
 * failed logins; add a user, disable or enable one, reset a password, unlock. A password the node
 * made is shown once in a panel of its own, to be handed to the user, and dropped from the screen's
 * state as soon as the administrator dismisses it or acts again. Same service as /api/admin/users.
 */
@Named
@ViewScoped
public class UsersScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NodeUsers nodeUsers;

    @Inject
    private CurrentUser currentUser;

    private List<UserLine> users = List.of();
    private List<String> rolesOfThisNode = List.of();
    private String newUsername;
    private String newDisplayName;
    private List<String> newRoles = List.of();
    /** The password just made, shown until dismissed or the next action. */
    private transient IssuedPassword issued;

    @PostConstruct
    void open() {
        reload();
    }

    public void reload() {
        UserAdministration admin = nodeUsers.administration();
        users = admin.users().stream().map(UserLine::new).toList();
        rolesOfThisNode = admin.rolesOfThisNode().stream().map(Enum::name).toList();
    }

    public void add() {
        issued = null;
        IssuedPassword made = act(() -> nodeUsers.administration().add(currentUser.getName(), newUsername, newDisplayName,
                new LinkedHashSet<>(newRoles)), "new-user");
        if (made != null) {
            issued = made;
            info("User " + made.username() + " added.", "Hand over the password below; the node keeps only its hash.");
            newUsername = null;
            newDisplayName = null;
            newRoles = List.of();
        }
    }

    public void resetPassword(String username) {
        issued = null;
        IssuedPassword made = act(() -> nodeUsers.administration().resetPassword(currentUser.getName(), username), null);
        if (made != null) {
            issued = made;
            info("New password for " + username + ".", "The old one no longer works; any lock-out is lifted.");
        }
    }

    public void disable(String username) {
        run(() -> nodeUsers.administration().disable(currentUser.getName(), username), username + " can no longer log in");
    }

    public void enable(String username) {
        run(() -> nodeUsers.administration().enable(currentUser.getName(), username), username + " can log in again");
    }

    public void unlock(String username) {
        run(() -> nodeUsers.administration().unlock(currentUser.getName(), username), username + " is no longer locked out");
    }

    /** The administrator has handed the password over: it leaves the screen. */
    public void dismissPassword() {
        issued = null;
    }

    private void run(Runnable action, String done) {
        issued = null;
        Boolean ok = act(() -> {
            action.run();
            return Boolean.TRUE;
        }, null);
        if (ok != null) {
            info(done, null);
        }
    }

    private <T> T act(Supplier<T> action, String formOfInput) {
        try {
            T result = action.get();
            reload();
            return result;
        } catch (UserAdministration.Refused refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String target = formOfInput == null || refused.field() == null ? null : formOfInput + "-" + refused.field();
            faces.addMessage(target,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            return null;
        }
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public List<UserLine> getUsers() {
        return users;
    }

    public List<String> getRolesOfThisNode() {
        return rolesOfThisNode;
    }

    public boolean isSelf(String username) {
        return username != null && username.equals(currentUser.getName());
    }

    /** The user whose new password is shown, or null when none is. */
    public String getIssuedUsername() {
        return issued == null ? null : issued.username();
    }

    public String getIssuedPassword() {
        return issued == null ? null : issued.password();
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles == null ? List.of() : newRoles;
    }
}
