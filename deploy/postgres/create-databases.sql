-- One database per service: a service never reads another service's tables.
CREATE DATABASE tickets;
CREATE DATABASE routing;
CREATE DATABASE sla;
CREATE DATABASE notification;
CREATE DATABASE reporting;
