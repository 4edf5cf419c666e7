/** Module adapters-k8s: coming in its own issue. */
package io.workloadplacement.k8s;
