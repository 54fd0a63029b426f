using GoTemplates.Runtime;
using GoTemplates.Sprig;

namespace GoTemplates.Tests.Sprig;

/// <summary>Behaviour the oracle cannot pin down: the function list, seeded randomness, the clock, and the environment.</summary>
public sealed class SprigLibraryTests
{
    private static readonly DateTimeOffset FixedNow = new(2024, 3, 5, 10, 20, 30, TimeSpan.Zero);

    private static IReadOnlyDictionary<string, GoFunction> Library(int seed = 7) =>
        SprigLibrary.Create(new SprigOptions { RandomSeed = seed, Clock = () => FixedNow });

    private static object? Call(IReadOnlyDictionary<string, GoFunction> library, string name, params object?[] args) => library[name].Invoke(args);

    /// <summary>Sprig 3.2.3's TxtFuncMap names, plus sha512sum, minus what is documented as not provided.</summary>
    [Fact]
    public void ProvidesTheTextFunctionMap()
    {
        string[] expected =
        [
            "hello", "ago", "date", "date_in_zone", "date_modify", "dateInZone", "dateModify", "duration", "durationRound", "htmlDate",
            "htmlDateInZone", "must_date_modify", "mustDateModify", "mustToDate", "now", "toDate", "unixEpoch", "abbrev", "abbrevboth",
            "trunc", "trim", "upper", "lower", "title", "untitle", "substr", "repeat", "trimall", "trimAll", "trimSuffix", "trimPrefix",
            "nospace", "initials", "randAlphaNum", "randAlpha", "randAscii", "randNumeric", "swapcase", "shuffle", "snakecase",
            "camelcase", "kebabcase", "wrap", "wrapWith", "contains", "hasPrefix", "hasSuffix", "quote", "squote", "cat", "indent",
            "nindent", "replace", "plural", "sha1sum", "sha256sum", "sha512sum", "adler32sum", "toString", "atoi", "int64", "int",
            "float64", "seq", "toDecimal", "split", "splitList", "splitn", "toStrings", "until", "untilStep", "add1", "add", "sub",
            "div", "mod", "mul", "randInt", "add1f", "addf", "subf", "divf", "mulf", "biggest", "max", "min", "maxf", "minf", "ceil",
            "floor", "round", "join", "sortAlpha", "default", "empty", "coalesce", "all", "any", "compact", "mustCompact", "fromJson",
            "toJson", "toPrettyJson", "toRawJson", "mustFromJson", "mustToJson", "mustToPrettyJson", "mustToRawJson", "ternary",
            "deepCopy", "mustDeepCopy", "typeOf", "typeIs", "typeIsLike", "kindOf", "kindIs", "deepEqual", "env", "expandenv",
            "getHostByName", "base", "dir", "clean", "ext", "isAbs", "osBase", "osClean", "osDir", "osExt", "osIsAbs", "b64enc",
            "b64dec", "b32enc", "b32dec", "tuple", "list", "dict", "get", "set", "unset", "hasKey", "pluck", "keys", "pick", "omit",
            "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite", "values", "append", "push", "mustAppend", "mustPush",
            "prepend", "mustPrepend", "first", "mustFirst", "rest", "mustRest", "last", "mustLast", "initial", "mustInitial",
            "reverse", "mustReverse", "uniq", "mustUniq", "without", "mustWithout", "has", "mustHas", "slice", "mustSlice", "concat",
            "dig", "chunk", "mustChunk", "derivePassword", "encryptAES", "decryptAES", "randBytes", "uuidv4", "semver",
            "semverCompare", "fail", "regexMatch", "mustRegexMatch", "regexFindAll", "mustRegexFindAll", "regexFind", "mustRegexFind",
            "regexReplaceAll", "mustRegexReplaceAll", "regexReplaceAllLiteral", "mustRegexReplaceAllLiteral", "regexSplit",
            "mustRegexSplit", "regexQuoteMeta", "urlParse", "urlJoin",
        ];
        var library = Library();
        Assert.Equal(expected.Order(StringComparer.Ordinal), library.Keys.Order(StringComparer.Ordinal));
        Assert.All(library, entry => Assert.Equal(entry.Key, entry.Value.Name));
    }

    [Fact]
    public void RandomFunctionsAreReproducibleUnderASeed()
    {
        string Sample(IReadOnlyDictionary<string, GoFunction> l) => string.Join("|",
            Call(l, "randAlphaNum", (nint)12), Call(l, "randAlpha", (nint)5), Call(l, "randNumeric", (nint)5), Call(l, "randAscii", (nint)5),
            Call(l, "uuidv4"), Call(l, "randInt", (nint)1, (nint)100), Call(l, "shuffle", "abcdef"), Call(l, "randBytes", (nint)8));
        Assert.Equal(Sample(Library(3)), Sample(Library(3)));
        Assert.NotEqual(Sample(Library(3)), Sample(Library(4)));
    }

    [Fact]
    public void RandomStringsUseTheirAlphabets()
    {
        var library = Library();
        Assert.Matches("^[A-Za-z0-9]{40}$", (string)Call(library, "randAlphaNum", (nint)40)!);
        Assert.Matches("^[A-Za-z]{40}$", (string)Call(library, "randAlpha", (nint)40)!);
        Assert.Matches("^[0-9]{40}$", (string)Call(library, "randNumeric", (nint)40)!);
        Assert.Matches("^[ -~]{40}$", (string)Call(library, "randAscii", (nint)40)!);
        Assert.Equal("", Call(library, "randAlpha", (nint)(-1)));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", (string)Call(library, "uuidv4")!);
        var shuffled = (string)Call(library, "shuffle", "hello world")!;
        Assert.Equal("hello world".Order(), shuffled.Order());
    }

    [Fact]
    public void EncryptAesRoundTrips()
    {
        var library = Library();
        var encrypted = (string)Call(library, "encryptAES", "secretkey", "some text to hide")!;
        Assert.Equal("some text to hide", Call(library, "decryptAES", "secretkey", encrypted));
        Assert.Equal(48, Convert.FromBase64String(encrypted).Length);
    }

    [Fact]
    public void DateFunctionsReadTheClockAndZone()
    {
        var library = SprigLibrary.Create(new SprigOptions
        {
            Clock = () => FixedNow,
            LocalTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"),
        });
        var now = Call(library, "now");
        Assert.Equal("2024-03-05 11:20:30 +0100 CET", GoFmt.Sprint(now));
        Assert.Equal("2024-03-05", Call(library, "htmlDate", now));
        Assert.Equal("10:20", Call(library, "dateInZone", "15:04", now, "UTC"));
        Assert.Equal("1709634030", Call(library, "unixEpoch", now));
        var earlier = Call(library, "dateModify", "-90m", now);
        Assert.Equal("1h30m0s", Call(library, "ago", earlier));
        Assert.Equal("1h", Call(library, "durationRound", earlier));
    }

    [Fact]
    public void EnvironmentIsNeverRead()
    {
        var library = Library();
        Assert.Equal("", Call(library, "env", "PATH"));
        Assert.Equal("a x  $", Call(library, "expandenv", "a $HOME${PATH}x $$ $"));
        Assert.Equal("", Call(library, "getHostByName", "localhost"));
    }

    [Fact]
    public void MergeSharesNestedSourceMapsLikeMergo()
    {
        var library = Library();
        var nested = new Dictionary<string, object?> { ["x"] = (nint)1 };
        var destination = new Dictionary<string, object?>();
        var result = (Dictionary<string, object?>)Call(library, "merge", destination, new Dictionary<string, object?> { ["n"] = nested })!;
        Assert.Same(destination, result);
        Assert.Same(nested, result["n"]);
    }

    [Fact]
    public void SortAlphaSortsAStringSliceInPlace()
    {
        var input = new List<string> { "b", "a" };
        var sorted = Call(Library(), "sortAlpha", input);
        Assert.Same(input, sorted);
        Assert.Equal(["a", "b"], input);
    }
}
