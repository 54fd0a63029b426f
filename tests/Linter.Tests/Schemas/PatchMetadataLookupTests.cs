using GitOpsLint.Schemas;

namespace GitOpsLint.Tests.Schemas;

public sealed class PatchMetadataLookupTests
{
    private static readonly PatchMetadataLookup Lookup = PatchMetadataLookup.Shipped();

    [Fact]
    public void ContainersMergeByName()
    {
        var metadata = Lookup.Find("apps", "v1", "Deployment", ["spec", "template", "spec", "containers"]);
        Assert.NotNull(metadata);
        Assert.Equal(("merge", "name", "map"), (metadata.Strategy, metadata.MergeKey, metadata.ListType));
        Assert.Equal(["name"], metadata.ListMapKeys);
    }

    [Fact]
    public void ContainerPortsMergeByContainerPort()
    {
        var metadata = Lookup.Find("apps", "v1", "Deployment", ["spec", "template", "spec", "containers", "ports"]);
        Assert.Equal("containerPort", metadata?.MergeKey);
        Assert.Equal("merge", metadata?.Strategy);
    }

    [Fact]
    public void VolumesMergeWithRetainKeys()
    {
        var metadata = Lookup.Find("apps", "v1", "Deployment", ["spec", "template", "spec", "volumes"]);
        Assert.Equal("merge,retainKeys", metadata?.Strategy);
        Assert.Equal("name", metadata?.MergeKey);
    }

    [Fact]
    public void PlainFieldHasNoStrategy()
    {
        var metadata = Lookup.Find("apps", "v1", "Deployment", ["spec", "replicas"]);
        Assert.NotNull(metadata);
        Assert.Null(metadata.Strategy);
        Assert.Null(metadata.MergeKey);
    }

    [Fact]
    public void UnknownPathOrKindGivesNull()
    {
        Assert.Null(Lookup.Find("apps", "v1", "Deployment", ["spec", "nothing"]));
        Assert.Null(Lookup.Find("example.com", "v1", "Widget", ["spec"]));
    }
}
