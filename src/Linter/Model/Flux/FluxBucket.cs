using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>A Flux <c>Bucket</c>: an S3-compatible bucket (no URL; an endpoint and a bucket name).</summary>
internal sealed class FluxBucket(KubeObject kubeObject) : FluxSource(kubeObject)
{
    public YamlScalar? BucketName => Object.Spec?.GetValue("bucketName") as YamlScalar;

    public YamlScalar? Endpoint => Object.Spec?.GetValue("endpoint") as YamlScalar;
}
