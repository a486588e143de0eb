package net.claimsnet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The login form: hands the name and password to the node's authentication mechanism, then opens the
 * user's home page. A wrong name or password gets one message for both, so the form does not tell which
 * names exist.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private CurrentUser currentUser;

    private String username;
    private String password;

    /** On opening the page: a user still logged in goes to the desk. */
    public void onOpen() throws IOException {
        if (currentUser.isLoggedIn() && !faces.isPostback()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/index.xhtml");
        }
    }

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The user name or password is not right.", "Check both and try again; ask your node administrator if it keeps failing."));
        } else {
            faces.responseComplete();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
