package dev.carafe.bench.server;

import dev.carafe.Application;

/**
 * The whole-request benchmark's application (see benchmarks/wrk.sh): the processor generates
 * {@code BenchApp} and the runnable {@code BenchMain}.
 */
@Application
public class Bench {}
