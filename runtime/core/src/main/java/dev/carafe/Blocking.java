package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an endpoint or hook, or every one a class declares, may block, where a wider
 * {@link NonBlocking} says otherwise: {@code @NonBlocking} on the application and
 * {@code @Blocking} on the one controller that reads the database. The nearest declaration wins.
 * Without either, code is taken to block: this is the default, and needs no annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Blocking {}
