package net.claimsnet.bench.desk;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginFormTest {

    private static final URI PAGE = URI.create("https://127.0.0.1:8381/login.xhtml");

    /** The desk's login form as the node rendered it (scripts and messages left out). */
    private static final String DESK_LOGIN = """
            <html><body><form id="search" action="/elsewhere"><input type="text" name="q" /></form>
            <form id="login" name="login" method="post" action="/login.xhtml" enctype="application/x-www-form-urlencoded">
            <input type="hidden" name="login" value="login" />
            <div class="field"><label for="login:username">User name</label><input id="login:username" name="login:username"
              type="text" class="ui-inputfield" aria-required="true" autocomplete="username" /></div>
            <div class="field"><label for="login:password">Password</label><input id="login:password" name="login:password"
              type="password" class="ui-password" autocomplete="current-password" /></div>
            <button id="login:submit" name="login:submit" class="ui-button" onclick="" type="submit"><span>Log in</span></button>
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0"
              value="1874709715822869597:4402717405887172157" autocomplete="off" />
            </form></body></html>
            """;

    @Test
    void reads_the_form_with_the_password_field_its_action_and_the_names_of_its_fields() {
        LoginForm form = LoginForm.parse(DESK_LOGIN, PAGE);

        assertThat(form.action()).isEqualTo(URI.create("https://127.0.0.1:8381/login.xhtml"));
        assertThat(form.userField()).isEqualTo("login:username");
        assertThat(form.passwordField()).isEqualTo("login:password");
        assertThat(form.submitField()).isEqualTo("login:submit");
        assertThat(form.hiddenFields()).containsEntry("login", "login")
                .containsEntry("jakarta.faces.ViewState", "1874709715822869597:4402717405887172157");
    }

    @Test
    void posts_the_hidden_fields_as_given_with_the_name_and_password_typed_and_the_button_pressed() {
        String body = LoginForm.parse(DESK_LOGIN, PAGE).body("billing@stmary", "a&b=c");

        assertThat(List.of(body.split("&"))).containsExactlyInAnyOrder("login=login",
                "jakarta.faces.ViewState=1874709715822869597%3A4402717405887172157", "login%3Ausername=billing%40stmary",
                "login%3Apassword=a%26b%3Dc", "login%3Asubmit=");
    }

    @Test
    void a_view_state_with_escaped_characters_is_posted_unescaped() {
        String page = DESK_LOGIN.replace("1874709715822869597:4402717405887172157", "a&#58;b&amp;c");

        assertThat(LoginForm.parse(page, PAGE).hiddenFields()).containsEntry("jakarta.faces.ViewState", "a:b&c");
    }

    @Test
    void a_page_without_a_password_field_is_no_login_page() {
        assertThatThrownBy(() -> LoginForm.parse("<form action='/x'><input type=\"text\" name=\"q\"/></form>", PAGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No login form");
    }

    @Test
    void a_login_form_without_the_faces_view_state_is_refused_by_name() {
        String page = DESK_LOGIN.replaceAll("<input type=\"hidden\" name=\"jakarta.faces.ViewState\"[^>]*>", "");

        assertThatThrownBy(() -> LoginForm.parse(page, PAGE)).hasMessageContaining("the Faces view state");
    }

    @Test
    void the_session_id_is_read_from_the_cookie_the_node_sets() {
        assertThat(DeskClient.sessionIdIn(List.of("other=1; Path=/", "JSESSIONID=1a4ceb7ac2bc; Path=/; HttpOnly")))
                .hasValue("1a4ceb7ac2bc");
        assertThat(DeskClient.sessionIdIn(List.of("other=1"))).isEmpty();
    }
}
