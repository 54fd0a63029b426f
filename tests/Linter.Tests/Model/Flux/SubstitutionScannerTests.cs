using GitOpsLint.Model.Flux;

namespace GitOpsLint.Tests.Model.Flux;

public sealed class SubstitutionScannerTests
{
    [Fact]
    public void FindsVariablesWithOffsetsAndDefaults()
    {
        var usages = SubstitutionScanner.Scan("a ${one} b ${two:=x} c ${three:-y} d $${escaped} e $bare ${4bad}");

        Assert.Equal([("one", 2, false), ("two", 11, true), ("three", 23, true)], usages.Select(u => (u.Name, u.Offset, u.HasDefault)));
    }

    [Theory]
    [InlineData("cluster_name", true)]
    [InlineData("_x1", true)]
    [InlineData("cluster-name", false)]
    [InlineData("1st", false)]
    [InlineData("a.b", false)]
    public void ValidatesNamesLikeFlux(string name, bool valid) => Assert.Equal(valid, SubstitutionScanner.IsValidName(name));
}
