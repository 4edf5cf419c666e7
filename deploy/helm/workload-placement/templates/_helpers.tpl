{{/* The chart's name, or nameOverride. */}}
{{- define "wp.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's objects' name: fullnameOverride, or the release name (with the chart's name unless it holds it). */}}
{{- define "wp.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* What runs, after checking the mode. */}}
{{- define "wp.component" -}}
{{- if not (has .Values.mode (list "server" "simulator")) }}
{{- fail (printf "mode must be server or simulator, not %q" .Values.mode) }}
{{- end }}
{{- .Values.mode }}
{{- end }}

{{- define "wp.selectorLabels" -}}
app.kubernetes.io/name: {{ include "wp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: {{ include "wp.component" . }}
{{- end }}

{{- define "wp.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "wp.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* The image of the mode's values (server or simulator), tagged with the appVersion by default. */}}
{{- define "wp.image" -}}
{{- printf "%s:%s" .image.repository (default .appVersion .image.tag) }}
{{- end }}

{{- define "wp.workspacesConfigMap" -}}
{{- default (printf "%s-workspaces" (include "wp.fullname" .)) .Values.workspaces.existingConfigMap }}
{{- end }}

{{/* The API keys' Secret, or nothing when authentication is off. */}}
{{- define "wp.apiKeysSecret" -}}
{{- if .Values.apiKeys.existingSecret }}
{{- .Values.apiKeys.existingSecret }}
{{- else if .Values.apiKeys.keys }}
{{- printf "%s-api-keys" (include "wp.fullname" .) }}
{{- end }}
{{- end }}

{{- define "wp.leaseName" -}}
{{- default (printf "%s-controller" (include "wp.fullname" .)) .Values.server.controller.leaseName }}
{{- end }}

{{/* Non-root, no privilege escalation, no capabilities, read-only root: the JVM writes only /tmp. */}}
{{- define "wp.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "wp.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
{{- end }}

{{/* Liveness on /healthz (the process answers), readiness on /readyz (the backend is ready). */}}
{{- define "wp.probes" -}}
livenessProbe:
  httpGet:
    path: /healthz
    port: http
  periodSeconds: 10
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /readyz
    port: http
  periodSeconds: 5
  failureThreshold: 2
startupProbe:
  httpGet:
    path: /healthz
    port: http
  periodSeconds: 2
  failureThreshold: 60
{{- end }}
