using System.Globalization;
using System.Text.RegularExpressions;
using GoTemplates.Runtime;
using GoTemplates.Sprig.Support;

namespace GoTemplates.Sprig.Semver;

/// <summary>Masterminds/semver v3's <c>*Version</c>: lenient parsing (optional "v", missing minor/patch), Go-visible methods.</summary>
internal sealed partial class SemverVersion : IGoObject, IGoStringer, IGoJsonMarshaler
{
    private SemverVersion(ulong major, ulong minor, ulong patch, string prerelease, string metadata, string original)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Metadata = metadata;
        Original = original;
    }

    public ulong Major { get; }
    public ulong Minor { get; }
    public ulong Patch { get; }
    public string Prerelease { get; }
    public string Metadata { get; }
    public string Original { get; }

    public GoType Type => SprigTypes.SemverType;

    [GeneratedRegex(@"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    /// <summary><c>semver.NewVersion</c>; throws <see cref="GoFunctionException"/> with the library's messages.</summary>
    public static SemverVersion Parse(string text)
    {
        var m = VersionPattern().Match(text);
        if (!m.Success) throw new GoFunctionException("Invalid Semantic Version");
        var major = Segment(m.Groups[1].Value);
        var minor = m.Groups[2].Success ? Segment(m.Groups[2].Value[1..]) : 0;
        var patch = m.Groups[3].Success ? Segment(m.Groups[3].Value[1..]) : 0;
        var prerelease = m.Groups[5].Value;
        var metadata = m.Groups[8].Value;
        if (prerelease.Length > 0) ValidatePrerelease(prerelease);
        if (metadata.Length > 0 && metadata.Split('.').Any(p => p.Length > 0 && !p.All(IsAllowed)))
            throw new GoFunctionException("Invalid Metadata string");
        return new SemverVersion(major, minor, patch, prerelease, metadata, text);
    }

    private static ulong Segment(string digits)
    {
        if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw new GoFunctionException($"Error parsing version segment: strconv.ParseUint: parsing {GoFmt.Quote(digits)}: value out of range");
        return value;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    private static void ValidatePrerelease(string prerelease)
    {
        foreach (var part in prerelease.Split('.'))
        {
            if (part.All(char.IsAsciiDigit))
            {
                if (part.Length > 1 && part[0] == '0') throw new GoFunctionException("Version segment starts with 0");
            }
            else if (!part.All(IsAllowed))
            {
                throw new GoFunctionException("Invalid Prerelease string");
            }
        }
    }

    public string String()
    {
        var text = $"{Major}.{Minor}.{Patch}";
        if (Prerelease.Length > 0) text += "-" + Prerelease;
        if (Metadata.Length > 0) text += "+" + Metadata;
        return text;
    }

    public string MarshalJson() => "\"" + String() + "\"";

    public override string ToString() => String();

    public int CompareTo(SemverVersion other)
    {
        var d = Major.CompareTo(other.Major);
        if (d != 0) return Math.Sign(d);
        d = Minor.CompareTo(other.Minor);
        if (d != 0) return Math.Sign(d);
        d = Patch.CompareTo(other.Patch);
        if (d != 0) return Math.Sign(d);
        if (Prerelease.Length == 0 && other.Prerelease.Length == 0) return 0;
        if (Prerelease.Length == 0) return 1;
        if (other.Prerelease.Length == 0) return -1;
        return ComparePrerelease(Prerelease, other.Prerelease);
    }

    internal static int ComparePrerelease(string v, string o)
    {
        var sparts = v.Split('.');
        var oparts = o.Split('.');
        var length = Math.Max(sparts.Length, oparts.Length);
        for (var i = 0; i < length; i++)
        {
            var d = ComparePart(i < sparts.Length ? sparts[i] : "", i < oparts.Length ? oparts[i] : "");
            if (d != 0) return d;
        }
        return 0;
    }

    private static int ComparePart(string s, string o)
    {
        if (s == o) return 0;
        if (s.Length == 0) return o.Length != 0 ? -1 : 1;
        if (o.Length == 0) return 1;
        var oNumeric = ulong.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var oi);
        var sNumeric = ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var si);
        if (!oNumeric && !sNumeric) return string.CompareOrdinal(s, o) > 0 ? 1 : -1;
        if (!oNumeric) return -1;
        if (!sNumeric) return 1;
        return si > oi ? 1 : -1;
    }

    public bool TryGetField(string name, out object? value)
    {
        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoFunction? method)
    {
        method = name switch
        {
            "Major" => new GoFunction(name, [], false, GoType.Uint64, false, _ => Major),
            "Minor" => new GoFunction(name, [], false, GoType.Uint64, false, _ => Minor),
            "Patch" => new GoFunction(name, [], false, GoType.Uint64, false, _ => Patch),
            "Prerelease" => new GoFunction(name, [], false, GoType.String, false, _ => Prerelease),
            "Metadata" => new GoFunction(name, [], false, GoType.String, false, _ => Metadata),
            "Original" => new GoFunction(name, [], false, GoType.String, false, _ => Original),
            "String" => new GoFunction(name, [], false, GoType.String, false, _ => String()),
            "LessThan" => new GoFunction(name, [SprigTypes.SemverType], false, GoType.Bool, false, a => CompareTo((SemverVersion)a[0]!) < 0),
            "GreaterThan" => new GoFunction(name, [SprigTypes.SemverType], false, GoType.Bool, false, a => CompareTo((SemverVersion)a[0]!) > 0),
            "Equal" => new GoFunction(name, [SprigTypes.SemverType], false, GoType.Bool, false, a => CompareTo((SemverVersion)a[0]!) == 0),
            "Compare" => new GoFunction(name, [SprigTypes.SemverType], false, GoType.Int, false, a => (nint)CompareTo((SemverVersion)a[0]!)),
            _ => null,
        };
        return method is not null;
    }
}
