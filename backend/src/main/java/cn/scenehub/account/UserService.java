package cn.scenehub.account;

import java.time.Instant;
import java.util.List;

import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationKind;
import cn.scenehub.organization.OrganizationStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Creates and lists user accounts; every creation is audited. */
@Singleton
public class UserService {

    static final String AUDIT_TYPE = "USER";

    private final UserAccountRepository users;
    private final PasswordHasher passwords;
    private final AuditLog audit;

    UserService(UserAccountRepository users, PasswordHasher passwords, AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** A user of an approved organization, created by an admin or a commissioner of its district. */
    @Transactional
    public UserView createForOrganization(Organization organization, NewUser user, CurrentUser actor) {
        if (!actor.serves(organization.regionCode())) {
            throw ApiException.forbidden("只有该区市的数字专员或管理员可以为其开通账号");
        }
        if (organization.status() != OrganizationStatus.APPROVED) {
            throw ApiException.conflict("组织审核通过后才能开通账号 (the organization is not approved)");
        }
        Role expected = organization.kind() == OrganizationKind.MANUFACTURER ? Role.ENTERPRISE : Role.PROVIDER;
        if (user.role() != expected) {
            throw ApiException.badField("role", "该组织的用户角色应为 " + expected);
        }
        return save(user, organization.id(), List.of(), actor);
    }

    /** Platform staff: admins and commissioners (with districts), created by an admin. */
    @Transactional
    public UserView createStaff(NewUser user, CurrentUser actor) {
        if (user.role() == Role.ENTERPRISE || user.role() == Role.PROVIDER) {
            throw ApiException.badField("role", "企业和服务商账号请在其组织下开通");
        }
        List<String> districts = user.districts() == null ? List.of() : user.districts();
        if (user.role() == Role.COMMISSIONER && districts.isEmpty()) {
            throw ApiException.badField("districts", "数字专员至少负责一个区市");
        }
        return save(user, null, user.role() == Role.COMMISSIONER ? districts : List.of(), actor);
    }

    /** Demo accounts, created by the system on an empty demo installation (not by a person). */
    @Transactional
    public UserView createDemoAccount(NewUser user) {
        return save(user, user.organizationId(), user.districts() == null ? List.of() : user.districts(), null);
    }

    public List<UserView> ofOrganization(Organization organization) {
        return users.findByOrganizationId(organization.id()).stream().map(u -> UserView.of(u, List.of())).toList();
    }

    public List<UserView> all() {
        return users.findAll().stream().map(u -> UserView.of(u, users.findDistricts(u.id()))).toList();
    }

    private UserView save(NewUser user, Long organizationId, List<String> districts, CurrentUser actor) {
        String username = user.username().trim();
        if (users.existsByUsername(username)) {
            throw ApiException.badField("username", "用户名已被使用");
        }
        UserAccount saved = users.save(new UserAccount(null, username, passwords.hash(user.password()),
                user.displayName().trim(), user.role(), organizationId, true, Instant.now()));
        districts.stream().distinct().forEach(d -> users.addDistrict(saved.id(), d));
        audit.record(AUDIT_TYPE, saved.id(), "CREATE", null, user.role().name(), null, actor, null);
        return UserView.of(saved, users.findDistricts(saved.id()));
    }
}
