using GitOpsLint.Model.Flux;

namespace GitOpsLint.Tests.Model.Flux;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData("1m", 60)]
    [InlineData("1h30m", 5400)]
    [InlineData("24h0m0s", 86400)]
    [InlineData("1.5h", 5400)]
    [InlineData("300ms", 0.3)]
    [InlineData("0", 0)]
    [InlineData("-2s", -2)]
    public void ParsesGoDurations(string text, double seconds)
    {
        Assert.True(GoDuration.TryParse(text, out var duration));
        Assert.Equal(seconds, duration.TotalSeconds, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1d")]
    [InlineData("5")]
    [InlineData("m")]
    [InlineData("1..2s")]
    [InlineData("5 minutes")]
    public void RejectsWhatGoRejects(string text) => Assert.False(GoDuration.TryParse(text, out _));

    [Fact]
    public void FormatsForMessages()
    {
        Assert.Equal("5m", GoDuration.Format(TimeSpan.FromMinutes(5)));
        Assert.Equal("2h", GoDuration.Format(TimeSpan.FromHours(2)));
        Assert.Equal("90s", GoDuration.Format(TimeSpan.FromSeconds(90)));
    }
}
