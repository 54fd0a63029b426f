{{/*
Thin wrappers over common-lib, so that templates of this chart keep the
familiar `helm create` names.
*/}}
{{- define "myapp.name" -}}
{{- include "common-lib.names.name" . }}
{{- end }}

{{- define "myapp.fullname" -}}
{{- include "common-lib.names.fullname" . }}
{{- end }}

{{- define "myapp.labels" -}}
{{ include "common-lib.labels.standard" . }}
{{- end }}

{{- define "myapp.selectorLabels" -}}
{{ include "common-lib.labels.selector" . }}
{{- end }}

{{/*
Name of the service account to use.
*/}}
{{- define "myapp.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "myapp.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}
