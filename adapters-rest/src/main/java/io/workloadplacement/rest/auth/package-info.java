/**
 * Authentication and workspace access (contract section 5): API keys with a role, exchanged for
 * bearer tokens at {@code POST /api/v1/auth}; and a filter on the placement routes that tells each
 * request's caller, whose {@link io.workloadplacement.domain.port.in.AccessScope} travels in the
 * domain's commands (the domain judges it). Off unless keys are configured in {@link
 * io.workloadplacement.rest.auth.AuthSettings}.
 */
package io.workloadplacement.rest.auth;
