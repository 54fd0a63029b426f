{{/*
Selector labels: must never change after the first install, because a
Deployment's selector is immutable.
*/}}
{{- define "common-lib.labels.selector" -}}
app.kubernetes.io/name: {{ include "common-lib.names.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Standard labels for every object of the release.
*/}}
{{- define "common-lib.labels.standard" -}}
helm.sh/chart: {{ include "common-lib.names.chart" . }}
{{ include "common-lib.labels.selector" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: {{ .Values.partOf | default "monorepo" }}
{{- end }}
