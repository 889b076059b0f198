package cn.scenehub.account;

import java.util.List;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;

/** Admins manage platform staff; organization users are created under their organization. */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @Get
    List<UserView> list() {
        return users.all();
    }

    @Post
    @Status(HttpStatus.CREATED)
    UserView create(@Body @Valid NewUser user, CurrentUser actor) {
        return users.createStaff(user, actor);
    }
}
