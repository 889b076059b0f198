package cn.scenehub.account;

import java.util.Optional;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/** Lets a controller take {@code CurrentUser} (or {@code @Nullable CurrentUser} on public routes). */
@Singleton
class CurrentUserBinder implements TypedRequestArgumentBinder<CurrentUser> {

    @Override
    public Argument<CurrentUser> argumentType() {
        return Argument.of(CurrentUser.class);
    }

    @Override
    public BindingResult<CurrentUser> bind(ArgumentConversionContext<CurrentUser> context, HttpRequest<?> source) {
        Optional<CurrentUser> user = source.getUserPrincipal(Authentication.class).map(CurrentUser::of);
        return () -> user;
    }
}
