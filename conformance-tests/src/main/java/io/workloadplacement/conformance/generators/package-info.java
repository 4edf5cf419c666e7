/**
 * Generators of request bodies from the contract: valid placements, each kind of invalid placement,
 * and update patches. Names are left out; the properties give every placement a name under the run
 * prefix.
 */
package io.workloadplacement.conformance.generators;
