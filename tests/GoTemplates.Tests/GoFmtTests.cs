using System.Globalization;
using System.Text.Json;
using GoTemplates.Runtime;

namespace GoTemplates.Tests;

/// <summary>fmt-cases.json against fmt-goldens.json (Go's fmt over typed values), plus GoFmt API basics.</summary>
public sealed class GoFmtTests
{
    private static readonly Lazy<JsonElement[]> Cases = new(() => Load("fmt-cases.json").EnumerateArray().ToArray());
    private static readonly Lazy<string[]> Results = new(() => Load("fmt-goldens.json").GetProperty("results").EnumerateArray().Select(e => e.GetString()!).ToArray());

    private static JsonElement Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, file)));
        return document.RootElement.Clone();
    }

    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Cases.Value.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void MatchesGoFmt(int index)
    {
        var c = Cases.Value[index];
        var args = c.GetProperty("args").EnumerateArray().Select(a => ToValue(a[0].GetString()!, a[1].GetString()!)).ToArray();
        string function = c.TryGetProperty("func", out var f) ? f.GetString()! : "sprintf";
        string actual = function switch
        {
            "sprint" => GoFmt.Sprint(args),
            "sprintln" => GoFmt.Sprintln(args),
            _ => GoFmt.Sprintf(c.GetProperty("format").GetString()!, args),
        };
        Assert.Equal(Results.Value[index], actual);
    }

    private static object? ToValue(string kind, string text)
    {
        var inv = CultureInfo.InvariantCulture;
        Dictionary<string, string> Pairs() => text.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return kind switch
        {
            "int" => (nint)long.Parse(text, inv),
            "int8" => sbyte.Parse(text, inv),
            "int16" => short.Parse(text, inv),
            "int32" => int.Parse(text, inv),
            "int64" => long.Parse(text, inv),
            "uint" => (nuint)ulong.Parse(text, inv),
            "uint8" => byte.Parse(text, inv),
            "uint16" => ushort.Parse(text, inv),
            "uint32" => uint.Parse(text, inv),
            "uint64" => ulong.Parse(text, inv),
            "float32" => float.Parse(text, inv),
            "float64" => text switch
            {
                "NaN" => double.NaN,
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                "-0" => -0.0,
                _ => double.Parse(text, inv),
            },
            "string" => text,
            "bool" => text == "true",
            "nil" => null,
            "bytes" => System.Text.Encoding.UTF8.GetBytes(text),
            "strings" => text.Split(',').ToList(),
            "strings_nil" => new List<string>(),
            "ints" => text.Split(',').Select(x => (nint)long.Parse(x, inv)).ToList(),
            "ints_empty" => new List<nint>(),
            "map_int" => Pairs().ToDictionary(p => p.Key, p => (nint)long.Parse(p.Value, inv)),
            "map_string" => Pairs(),
            "map_empty" => new Dictionary<string, object?>(),
            _ => throw new ArgumentException("unknown kind " + kind),
        };
    }

    [Theory]
    [InlineData(1000000.0, "1e+06")]
    [InlineData(12345678.0, "1.2345678e+07")]
    [InlineData(0.1, "0.1")]
    [InlineData(100000.0, "100000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    public void FormatFloatShortestMatchesStrconv(double value, string expected) =>
        Assert.Equal(expected, GoFmt.FormatFloat(value, 'g', -1));

    [Fact]
    public void QuoteUsesGoEscapes() => Assert.Equal("\"a\\tb\\\"c\\x00é\"", GoFmt.Quote("a\tb\"c\0é"));
}
