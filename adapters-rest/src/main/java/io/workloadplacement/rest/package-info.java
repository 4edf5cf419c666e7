/** Module adapters-rest: coming in its own issue. */
package io.workloadplacement.rest;
