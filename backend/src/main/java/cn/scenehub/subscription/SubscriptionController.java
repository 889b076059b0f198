package cn.scenehub.subscription;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** A provider's subscriptions to newly published scenarios. */
@Controller("/api/v1/subscriptions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Get
    List<Subscription> mine(CurrentUser user) {
        return subscriptions.mine(user);
    }

    @Post
    @Status(HttpStatus.CREATED)
    Subscription create(@Body @Valid SubscriptionService.Form form, CurrentUser user) {
        return subscriptions.create(form, user);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id, CurrentUser user) {
        subscriptions.delete(id, user);
    }
}
