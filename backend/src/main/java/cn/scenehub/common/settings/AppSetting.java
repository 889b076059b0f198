package cn.scenehub.common.settings;

import java.time.Instant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A value the application generated once and every replica shares. */
@MappedEntity("app_setting")
public record AppSetting(@Id String name, String value, Instant createdAt) {
}
