/**
 * Fixtures for the tests that hold other runtimes to the single-account scorer: {@link
 * org.icpengine.model.testing.ParityModels} gives the hand-made model the engine's and Spark's
 * equivalence tests score messy rows with (the rows are {@code org.icpengine.sample.MessyRows}).
 * They live in main code because those tests are in modules that cannot share a test kit (the test
 * kit depends on the engine's module); no production code uses them ({@code ArchitectureTest}).
 */
package org.icpengine.model.testing;
