namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>kustomize's built-in varReference table: the fields where <c>$(VAR)</c> is expanded.</summary>
internal static class VarReferenceTable
{
    public static readonly IReadOnlyList<FieldSpec> Default = Build();

    private static List<FieldSpec> Build()
    {
        var specs = new List<FieldSpec>();
        var templates = new (string Kind, string Prefix)[]
        {
            ("CronJob", "spec/jobTemplate/spec/template/spec/"), ("DaemonSet", "spec/template/spec/"), ("Deployment", "spec/template/spec/"),
            ("Job", "spec/template/spec/"), ("Pod", "spec/"), ("ReplicaSet", "spec/template/spec/"), ("StatefulSet", "spec/template/spec/"),
        };
        foreach (var (kind, prefix) in templates)
        {
            foreach (var containers in new[] { "containers", "initContainers" })
            {
                foreach (var field in new[] { "args", "command", "env/value", "volumeMounts/mountPath" })
                {
                    specs.Add(FieldSpec.For(kind, $"{prefix}{containers}/{field}"));
                }
            }
        }

        specs.Add(FieldSpec.For("Ingress", "spec/rules/host"));
        specs.Add(FieldSpec.For("Ingress", "spec/tls/hosts"));
        specs.Add(FieldSpec.For("Ingress", "spec/tls/secretName"));
        specs.Add(FieldSpec.For("Service", "spec/ports/port"));
        specs.Add(FieldSpec.For("Service", "spec/ports/targetPort"));
        specs.Add(FieldSpec.For(string.Empty, "metadata/labels"));
        return specs;
    }
}
