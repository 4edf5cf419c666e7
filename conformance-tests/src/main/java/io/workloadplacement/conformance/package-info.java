/**
 * The conformance suite: a small property-testing kit ({@code kit}), a reference model of the
 * contract ({@code model}), generators of placements and operation sequences ({@code generators}),
 * the system under test seen over HTTP ({@code sut}), the properties ({@code properties}) and the
 * human-readable report ({@code report}).
 */
package io.workloadplacement.conformance;
