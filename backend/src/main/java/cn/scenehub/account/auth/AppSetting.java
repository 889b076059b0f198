package cn.scenehub.account.auth;

import java.time.Instant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A value the application generated once and every replica shares. */
@MappedEntity("app_setting")
record AppSetting(@Id String name, String value, Instant createdAt) {
}
