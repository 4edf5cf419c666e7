/** Module conformance-tests: coming in its own issue. */
package io.workloadplacement.conformance;
