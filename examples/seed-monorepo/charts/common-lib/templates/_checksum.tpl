{{/*
Checksum of a rendered template, used as a pod annotation so that pods roll
when their configuration changes.
Usage: {{ include "common-lib.checksum" (list $ "/configmap.yaml") }}
*/}}
{{- define "common-lib.checksum" -}}
{{- $root := index . 0 -}}
{{- $path := index . 1 -}}
{{- include (print $root.Template.BasePath $path) $root | sha256sum -}}
{{- end }}
