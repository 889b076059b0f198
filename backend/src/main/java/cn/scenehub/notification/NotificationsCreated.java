package cn.scenehub.notification;

import java.util.List;

/** Raised inside the writing transaction; handled once it has committed. */
record NotificationsCreated(List<Notification> notifications) {
}
