using GitOpsLint.Reporting;

namespace GitOpsLint.Tests.Reporting;

/// <summary>Two independent runs of the engine on the same input give byte-identical output in every format.</summary>
public sealed class DeterminismTests
{
    public static TheoryData<string> Formats => new(new ReporterRegistry().Formats);

    [Theory]
    [MemberData(nameof(Formats))]
    public void SameInputSameBytes(string format)
    {
        var reporter = new ReporterRegistry().Get(format);
        var first = SampleRepository.Render(reporter, SampleRepository.Context(SampleRepository.Lint()) with { UseColor = true, AbsolutePaths = true });
        var second = SampleRepository.Render(reporter, SampleRepository.Context(SampleRepository.Lint()) with { UseColor = true, AbsolutePaths = true });
        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
    }
}
