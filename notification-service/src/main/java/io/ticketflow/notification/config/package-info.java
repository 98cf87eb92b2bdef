/** Settings of notification-service: delivery and retries, and the clock the service reads time from. */
package io.ticketflow.notification.config;
