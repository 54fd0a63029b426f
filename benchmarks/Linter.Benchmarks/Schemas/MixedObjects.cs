using System.Globalization;

namespace GitOpsLint.Benchmarks.Schemas;

/// <summary>Generated manifests of the four kinds the schema benchmark mixes; every tenth carries a schema mistake.</summary>
internal static class MixedObjects
{
    public static string Create(int index)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        var broken = index % 10 == 9;
        return (index % 4) switch
        {
            0 => $$"""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app-{{n}}
                  namespace: team-{{index % 7}}
                  labels: {app: app-{{n}}, tier: web}
                spec:
                  replicas: {{(broken ? "\"3\"" : "3")}}
                  selector:
                    matchLabels: {app: app-{{n}}}
                  template:
                    metadata:
                      labels: {app: app-{{n}}}
                    spec:
                      containers:
                        - name: web
                          image: registry.example.com/app:{{n}}
                          ports:
                            - containerPort: 8080
                              name: http
                          env:
                            - name: MODE
                              value: production
                          resources:
                            requests: {cpu: 100m, memory: 128Mi}
                            limits: {cpu: 0.5, memory: 256Mi}
                          readinessProbe:
                            httpGet: {path: /healthz, port: http}

                """,
            1 => $$"""
                apiVersion: v1
                kind: Service
                metadata:
                  name: app-{{n}}
                spec:
                  selector: {app: app-{{n}}}
                  ports:
                    - port: 80
                      targetPort: http
                      {{(broken ? "protcol: TCP" : "protocol: TCP")}}

                """,
            2 => $$"""
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: app-{{n}}
                  namespace: argocd
                spec:
                  project: default
                  source:
                    repoURL: https://github.com/example/deploy.git
                    targetRevision: v1.{{n}}.0
                    path: apps/app-{{n}}
                    {{(broken ? "revisionHistoryLimit: 3" : "directory: {recurse: true}")}}
                  destination:
                    server: https://kubernetes.default.svc
                    namespace: app-{{n}}
                  syncPolicy:
                    automated: {prune: true, selfHeal: true}

                """,
            _ => $$"""
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: app-{{n}}
                  namespace: flux-system
                spec:
                  interval: {{(broken ? "ten minutes" : "10m")}}
                  chart:
                    spec:
                      chart: podinfo
                      version: 6.x
                      sourceRef: {kind: HelmRepository, name: podinfo}
                  values:
                    replicaCount: 2

                """,
        };
    }
}
