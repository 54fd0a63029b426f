{{/*
Image reference from an image values block: repository and tag, the tag
defaulting to the chart's appVersion.
Usage: {{ include "common-lib.image" (dict "image" .Values.image "context" $) }}
*/}}
{{- define "common-lib.image" -}}
{{- $tag := .image.tag | default .context.Chart.AppVersion | toString -}}
{{- printf "%s:%s" .image.repository $tag -}}
{{- end }}
