/**
 * Authentication and workspace access (contract section 5): API keys with a role, exchanged for
 * bearer tokens at {@code POST /api/v1/auth}; a filter on the placement routes; and {@link
 * io.workloadplacement.rest.auth.WorkspaceScopedUseCases}, the access rules as a decorator of the
 * domain's use cases. Off unless keys are configured in {@link
 * io.workloadplacement.rest.auth.AuthSettings}.
 */
package io.workloadplacement.rest.auth;
