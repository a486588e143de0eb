package net.claimsnet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Logging out, and where a user's desk starts. */
@Named
@RequestScoped
public class DeskSession {

    @Inject
    private FacesContext faces;

    @Inject
    private CurrentUser currentUser;

    /** Ends the session (and the login with it) and shows the login page. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        faces.responseComplete();
    }

    /** The start page of the user's first role; users with one role (the usual case) go straight there. */
    public String getHomePage() {
        if (currentUser.isBilling()) {
            return DeskPages.BILLING_HOME;
        }
        if (currentUser.isAdjuster()) {
            return DeskPages.ADJUSTER_HOME;
        }
        if (currentUser.isAuditor()) {
            return DeskPages.AUDITOR_HOME;
        }
        return DeskPages.ADMIN_HOME;
    }

    /** Navigates to the user's start page (the desk's index page runs it on opening). */
    public String home() {
        return getHomePage() + "?faces-redirect=true";
    }

    /** The role the page the user was refused needs, in words (the 403 page). */
    public String getRoleNeeded() {
        Object uri = faces.getExternalContext().getRequestMap().get("jakarta.servlet.error.request_uri");
        if (uri == null) {
            return null;
        }
        String path = uri.toString().substring(faces.getExternalContext().getRequestContextPath().length());
        return DeskPages.roleNeededFor(path);
    }
}
