/**
 * The reporting-service: folds the platform's ticket, SLA and agent events into analytical read models and serves
 * them as reports over REST (JSON, CSV) and as SQL views to BI tools. Every model can be rebuilt from the topics
 * while the live one serves, and must come out identical; none holds personal data. Emits nothing.
 */
package io.ticketflow.reporting;
