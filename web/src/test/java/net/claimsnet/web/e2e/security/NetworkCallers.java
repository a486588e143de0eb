package net.claimsnet.web.e2e.security;

import net.claimsnet.bench.network.DemoPasswords;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.web.security.DemoUsers;
import net.claimsnet.web.security.DemoUsers.DemoUser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who calls each node: nobody; each of its demo users (the desk user of its role and its administrator,
 * with the passwords ./network up generated); and two users of other nodes with their right passwords,
 * which a node must not take: another node's administrator (NODE_ADMIN is a role every node has) and
 * another node's desk user, of this node's own role where another node has it (billing@lakeside at
 * St. Mary), so that a login valid for the same role elsewhere is seen refused.
 */
final class NetworkCallers {

    private final NetworkConfiguration network;

    NetworkCallers(NetworkConfiguration network) {
        this.network = network;
    }

    List<Caller> of(NodeConfiguration node) {
        List<Caller> callers = new ArrayList<>();
        callers.add(Caller.anonymous());
        for (DemoUser user : demoUsers(node)) {
            callers.add(Caller.ownUser(user.username(), DemoPasswords.of(user.username()), roleOf(user)));
        }
        List<NodeConfiguration> others = network.nodes().stream().filter(other -> !other.id().equals(node.id())).toList();
        NodeConfiguration adminsNode = others.get(0);
        DemoUser otherAdmin = demoUsers(adminsNode).stream().filter(user -> roleOf(user) == DeskRole.NODE_ADMIN).findFirst()
                .orElseThrow();
        callers.add(Caller.otherNodesUser(otherAdmin.username(), DemoPasswords.of(otherAdmin.username()), DeskRole.NODE_ADMIN));
        // A node of the same kind first (the other provider), else any node whose desk user is not an administrator.
        others.stream().sorted(Comparator.comparing(other -> other.role() == node.role() ? 0 : 1))
                .flatMap(other -> demoUsers(other).stream()).filter(user -> roleOf(user) != DeskRole.NODE_ADMIN)
                .findFirst().ifPresent(user -> callers.add(
                        Caller.otherNodesUser(user.username(), DemoPasswords.of(user.username()), roleOf(user))));
        return callers;
    }

    private static List<DemoUser> demoUsers(NodeConfiguration node) {
        return DemoUsers.forNode(node.id(), node.role().name());
    }

    private static DeskRole roleOf(DemoUser user) {
        return DeskRole.valueOf(user.roles().iterator().next());
    }
}
