using System.Globalization;
using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Time;

/// <summary>Go's reference-time layouts ("2006-01-02 15:04:05"): <c>Time.Format</c> and <c>time.ParseInLocation</c>.</summary>
internal static class GoTimeLayout
{
    private enum Std
    {
        None, LongMonth, Month, NumMonth, ZeroMonth, LongWeekDay, WeekDay, Day, UnderDay, ZeroDay, UnderYearDay, ZeroYearDay,
        Hour, Hour12, ZeroHour12, Minute, ZeroMinute, Second, ZeroSecond, LongYear, Year, PM, Lowerpm, TZ,
        ISO8601TZ, ISO8601SecondsTZ, ISO8601ShortTZ, ISO8601ColonTZ, ISO8601ColonSecondsTZ,
        NumTZ, NumSecondsTz, NumShortTZ, NumColonTZ, NumColonSecondsTZ, FracSecond0, FracSecond9,
    }

    private static readonly string[] LongMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] LongDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static (string Prefix, Std Std, int Digits, char Separator, string Suffix) NextChunk(string layout)
    {
        for (var i = 0; i < layout.Length; i++)
        {
            var c = layout[i];
            var rest = layout[i..];
            switch (c)
            {
                case 'J' when rest.StartsWith("Jan", StringComparison.Ordinal):
                    if (rest.StartsWith("January", StringComparison.Ordinal)) return (layout[..i], Std.LongMonth, 0, '\0', rest[7..]);
                    if (!StartsWithLower(rest[3..])) return (layout[..i], Std.Month, 0, '\0', rest[3..]);
                    break;
                case 'M' when rest.Length >= 3:
                    if (rest.StartsWith("Mon", StringComparison.Ordinal))
                    {
                        if (rest.StartsWith("Monday", StringComparison.Ordinal)) return (layout[..i], Std.LongWeekDay, 0, '\0', rest[6..]);
                        if (!StartsWithLower(rest[3..])) return (layout[..i], Std.WeekDay, 0, '\0', rest[3..]);
                    }
                    if (rest.StartsWith("MST", StringComparison.Ordinal)) return (layout[..i], Std.TZ, 0, '\0', rest[3..]);
                    break;
                case '0':
                    if (rest.Length >= 2 && rest[1] is >= '1' and <= '6')
                    {
                        Std[] zeros = [Std.ZeroMonth, Std.ZeroDay, Std.ZeroHour12, Std.ZeroMinute, Std.ZeroSecond, Std.Year];
                        return (layout[..i], zeros[rest[1] - '1'], 0, '\0', rest[2..]);
                    }
                    if (rest.StartsWith("002", StringComparison.Ordinal)) return (layout[..i], Std.ZeroYearDay, 0, '\0', rest[3..]);
                    break;
                case '1':
                    if (rest.Length >= 2 && rest[1] == '5') return (layout[..i], Std.Hour, 0, '\0', rest[2..]);
                    return (layout[..i], Std.NumMonth, 0, '\0', rest[1..]);
                case '2':
                    if (rest.StartsWith("2006", StringComparison.Ordinal)) return (layout[..i], Std.LongYear, 0, '\0', rest[4..]);
                    return (layout[..i], Std.Day, 0, '\0', rest[1..]);
                case '_':
                    if (rest.Length >= 2 && rest[1] == '2')
                    {
                        if (rest.Length >= 5 && rest[1..5] == "2006") return (layout[..(i + 1)], Std.LongYear, 0, '\0', rest[5..]);
                        return (layout[..i], Std.UnderDay, 0, '\0', rest[2..]);
                    }
                    if (rest.StartsWith("__2", StringComparison.Ordinal)) return (layout[..i], Std.UnderYearDay, 0, '\0', rest[3..]);
                    break;
                case '3': return (layout[..i], Std.Hour12, 0, '\0', rest[1..]);
                case '4': return (layout[..i], Std.Minute, 0, '\0', rest[1..]);
                case '5': return (layout[..i], Std.Second, 0, '\0', rest[1..]);
                case 'P' when rest.StartsWith("PM", StringComparison.Ordinal): return (layout[..i], Std.PM, 0, '\0', rest[2..]);
                case 'p' when rest.StartsWith("pm", StringComparison.Ordinal): return (layout[..i], Std.Lowerpm, 0, '\0', rest[2..]);
                case '-':
                    if (rest.StartsWith("-070000", StringComparison.Ordinal)) return (layout[..i], Std.NumSecondsTz, 0, '\0', rest[7..]);
                    if (rest.StartsWith("-07:00:00", StringComparison.Ordinal)) return (layout[..i], Std.NumColonSecondsTZ, 0, '\0', rest[9..]);
                    if (rest.StartsWith("-0700", StringComparison.Ordinal)) return (layout[..i], Std.NumTZ, 0, '\0', rest[5..]);
                    if (rest.StartsWith("-07:00", StringComparison.Ordinal)) return (layout[..i], Std.NumColonTZ, 0, '\0', rest[6..]);
                    if (rest.StartsWith("-07", StringComparison.Ordinal)) return (layout[..i], Std.NumShortTZ, 0, '\0', rest[3..]);
                    break;
                case 'Z':
                    if (rest.StartsWith("Z070000", StringComparison.Ordinal)) return (layout[..i], Std.ISO8601SecondsTZ, 0, '\0', rest[7..]);
                    if (rest.StartsWith("Z07:00:00", StringComparison.Ordinal)) return (layout[..i], Std.ISO8601ColonSecondsTZ, 0, '\0', rest[9..]);
                    if (rest.StartsWith("Z0700", StringComparison.Ordinal)) return (layout[..i], Std.ISO8601TZ, 0, '\0', rest[5..]);
                    if (rest.StartsWith("Z07:00", StringComparison.Ordinal)) return (layout[..i], Std.ISO8601ColonTZ, 0, '\0', rest[6..]);
                    if (rest.StartsWith("Z07", StringComparison.Ordinal)) return (layout[..i], Std.ISO8601ShortTZ, 0, '\0', rest[3..]);
                    break;
                case '.' or ',':
                    if (rest.Length >= 2 && rest[1] is '0' or '9')
                    {
                        var ch = rest[1];
                        var j = 1;
                        while (j < rest.Length && rest[j] == ch) j++;
                        if (!(j < rest.Length && char.IsAsciiDigit(rest[j])))
                            return (layout[..i], ch == '0' ? Std.FracSecond0 : Std.FracSecond9, j - 1, c, rest[j..]);
                    }
                    break;
            }
        }
        return (layout, Std.None, 0, '\0', "");
    }

    private static bool StartsWithLower(string s) => s.Length > 0 && s[0] is >= 'a' and <= 'z';

    public static string Format(GoTime time, string layout)
    {
        var local = time.Local;
        var offsetSeconds = (int)local.Offset.TotalSeconds;
        var nanos = (int)(time.Instant.Ticks % TimeSpan.TicksPerSecond) * 100;
        var sb = new StringBuilder();
        while (layout.Length > 0)
        {
            var (prefix, std, digits, separator, suffix) = NextChunk(layout);
            sb.Append(prefix);
            if (std == Std.None) break;
            layout = suffix;
            var hour12 = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
            switch (std)
            {
                case Std.Year: sb.Append((local.Year % 100).ToString("00", CultureInfo.InvariantCulture)); break;
                case Std.LongYear: sb.Append(local.Year.ToString("0000", CultureInfo.InvariantCulture)); break;
                case Std.Month: sb.Append(LongMonths[local.Month - 1][..3]); break;
                case Std.LongMonth: sb.Append(LongMonths[local.Month - 1]); break;
                case Std.NumMonth: sb.Append(local.Month); break;
                case Std.ZeroMonth: sb.Append(local.Month.ToString("00", CultureInfo.InvariantCulture)); break;
                case Std.WeekDay: sb.Append(LongDays[(int)local.DayOfWeek][..3]); break;
                case Std.LongWeekDay: sb.Append(LongDays[(int)local.DayOfWeek]); break;
                case Std.Day: sb.Append(local.Day); break;
                case Std.UnderDay: sb.Append(local.Day < 10 ? " " : "").Append(local.Day); break;
                case Std.ZeroDay: sb.Append(local.Day.ToString("00", CultureInfo.InvariantCulture)); break;
                case Std.UnderYearDay: sb.Append(local.DayOfYear.ToString(CultureInfo.InvariantCulture).PadLeft(3, ' ')); break;
                case Std.ZeroYearDay: sb.Append(local.DayOfYear.ToString("000", CultureInfo.InvariantCulture)); break;
                case Std.Hour: sb.Append(local.Hour.ToString("00", CultureInfo.InvariantCulture)); break;
                case Std.Hour12: sb.Append(hour12); break;
                case Std.ZeroHour12: sb.Append(hour12.ToString("00", CultureInfo.InvariantCulture)); break;
                case Std.Minute: sb.Append(local.Minute); break;
                case Std.ZeroMinute: sb.Append(local.Minute.ToString("00", CultureInfo.InvariantCulture)); break;
                case Std.Second: sb.Append(local.Second); break;
                case Std.ZeroSecond: sb.Append(local.Second.ToString("00", CultureInfo.InvariantCulture)); break;
                case Std.PM: sb.Append(local.Hour >= 12 ? "PM" : "AM"); break;
                case Std.Lowerpm: sb.Append(local.Hour >= 12 ? "pm" : "am"); break;
                case Std.TZ: sb.Append(time.ZoneAbbreviation); break;
                case Std.FracSecond0:
                    sb.Append(separator).Append(nanos.ToString("000000000", CultureInfo.InvariantCulture)[..Math.Min(digits, 9)]);
                    break;
                case Std.FracSecond9:
                    var fraction = nanos.ToString("000000000", CultureInfo.InvariantCulture)[..Math.Min(digits, 9)].TrimEnd('0');
                    if (fraction.Length > 0) sb.Append(separator).Append(fraction);
                    break;
                default:
                    AppendZone(sb, std, offsetSeconds);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void AppendZone(StringBuilder sb, Std std, int offset)
    {
        var iso = std is Std.ISO8601TZ or Std.ISO8601ColonTZ or Std.ISO8601SecondsTZ or Std.ISO8601ShortTZ or Std.ISO8601ColonSecondsTZ;
        if (offset == 0 && iso)
        {
            sb.Append('Z');
            return;
        }
        var zone = offset / 60;
        var absOffset = offset;
        if (zone < 0)
        {
            sb.Append('-');
            zone = -zone;
            absOffset = -absOffset;
        }
        else sb.Append('+');
        sb.Append((zone / 60).ToString("00", CultureInfo.InvariantCulture));
        if (std is Std.ISO8601ColonTZ or Std.NumColonTZ or Std.ISO8601ColonSecondsTZ or Std.NumColonSecondsTZ) sb.Append(':');
        if (std is not (Std.NumShortTZ or Std.ISO8601ShortTZ)) sb.Append((zone % 60).ToString("00", CultureInfo.InvariantCulture));
        if (std is Std.ISO8601SecondsTZ or Std.NumSecondsTz or Std.NumColonSecondsTZ or Std.ISO8601ColonSecondsTZ)
        {
            if (std is Std.NumColonSecondsTZ or Std.ISO8601ColonSecondsTZ) sb.Append(':');
            sb.Append((absOffset % 60).ToString("00", CultureInfo.InvariantCulture));
        }
    }

    /// <summary><c>time.ParseInLocation</c> for the numeric, name and offset elements; throws Go's parse errors.</summary>
    public static GoTime Parse(string layout, string value, GoLocation location)
    {
        var originalLayout = layout;
        var originalValue = value;
        int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, nanos = 0;
        bool pm = false, pmSet = false;
        int? offset = null;
        GoFunctionException Error(string chunk, string rest) =>
            new($"parsing time {GoFmt.Quote(originalValue)} as {GoFmt.Quote(originalLayout)}: cannot parse {GoFmt.Quote(rest)} as {GoFmt.Quote(chunk)}");
        while (true)
        {
            var (prefix, std, digits, _, suffix) = NextChunk(layout);
            var chunk = layout[prefix.Length..^suffix.Length];
            if (!value.StartsWith(prefix, StringComparison.Ordinal)) throw Error(prefix, value);
            value = value[prefix.Length..];
            if (std == Std.None)
            {
                if (value.Length != 0) throw new GoFunctionException($"parsing time {GoFmt.Quote(originalValue)}: extra text: {GoFmt.Quote(value)}");
                break;
            }
            layout = suffix;
            var rest = value;
            bool ok;
            switch (std)
            {
                case Std.Year:
                    ok = TakeDigits(ref value, 2, 2, out var yy);
                    year = yy >= 69 ? yy + 1900 : yy + 2000;
                    break;
                case Std.LongYear: ok = TakeDigits(ref value, 4, 4, out year); break;
                case Std.Month or Std.LongMonth:
                    ok = TakeName(ref value, LongMonths, std == Std.Month, out var m);
                    month = m + 1;
                    break;
                case Std.WeekDay or Std.LongWeekDay: ok = TakeName(ref value, LongDays, std == Std.WeekDay, out _); break;
                case Std.NumMonth or Std.ZeroMonth: ok = TakeDigits(ref value, std == Std.ZeroMonth ? 2 : 1, 2, out month) && month is >= 1 and <= 12; break;
                case Std.Day or Std.UnderDay or Std.ZeroDay:
                    if (std == Std.UnderDay && value.StartsWith(' ')) value = value[1..];
                    ok = TakeDigits(ref value, std == Std.ZeroDay ? 2 : 1, 2, out day);
                    break;
                case Std.Hour: ok = TakeDigits(ref value, 2, 2, out hour) && hour < 24; break;
                case Std.Hour12 or Std.ZeroHour12: ok = TakeDigits(ref value, std == Std.ZeroHour12 ? 2 : 1, 2, out hour) && hour is >= 0 and <= 12; break;
                case Std.Minute or Std.ZeroMinute: ok = TakeDigits(ref value, std == Std.ZeroMinute ? 2 : 1, 2, out minute) && minute < 60; break;
                case Std.Second or Std.ZeroSecond:
                    ok = TakeDigits(ref value, std == Std.ZeroSecond ? 2 : 1, 2, out second) && second < 60;
                    // Go accepts a fractional second after a seconds field even when the layout has none.
                    if (ok && value.Length > 1 && value[0] is '.' or ',' && char.IsAsciiDigit(value[1]) && !(layout.Length > 0 && layout[0] is '.' or ','))
                    {
                        var n = 1;
                        while (n < value.Length && char.IsAsciiDigit(value[n])) n++;
                        nanos = Fraction(value[1..n]);
                        value = value[n..];
                    }
                    break;
                case Std.PM or Std.Lowerpm:
                    ok = value.Length >= 2;
                    if (ok)
                    {
                        var p = value[..2];
                        ok = std == Std.PM ? p is "AM" or "PM" : p is "am" or "pm";
                        pm = p is "PM" or "pm";
                        pmSet = true;
                        value = value[2..];
                    }
                    break;
                case Std.FracSecond0:
                    ok = value.Length >= digits + 1 && value[0] is '.' or ',' && value[1..(digits + 1)].All(char.IsAsciiDigit);
                    if (ok)
                    {
                        nanos = Fraction(value[1..(digits + 1)]);
                        value = value[(digits + 1)..];
                    }
                    break;
                case Std.FracSecond9:
                    ok = true;
                    if (value.Length >= 2 && value[0] is '.' or ',' && char.IsAsciiDigit(value[1]))
                    {
                        var n = 1;
                        while (n < value.Length && n <= 9 && char.IsAsciiDigit(value[n])) n++;
                        nanos = Fraction(value[1..n]);
                        value = value[n..];
                    }
                    break;
                case Std.TZ:
                    if (value.StartsWith("UTC", StringComparison.Ordinal))
                    {
                        value = value[3..];
                        offset = 0;
                        ok = true;
                        break;
                    }
                    var letters = 0;
                    while (letters < value.Length && char.IsAsciiLetterUpper(value[letters])) letters++;
                    ok = letters >= 3;
                    value = value[letters..];
                    break;
                default:
                    ok = TakeOffset(ref value, std, out var parsedOffset);
                    offset = parsedOffset;
                    break;
            }
            if (!ok) throw Error(chunk, rest);
        }
        if (pmSet && hour < 12 && pm) hour += 12;
        else if (pmSet && hour == 12 && !pm) hour = 0;
        if (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
            throw new GoFunctionException($"parsing time {GoFmt.Quote(originalValue)}: day out of range");
        var wall = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(nanos / 100);
        if (offset is { } seconds)
        {
            var instant = new DateTimeOffset(wall, TimeSpan.FromSeconds(seconds));
            var loc = seconds == 0 ? GoLocation.Utc : new GoLocation("", TimeZoneInfo.CreateCustomTimeZone("fixed", TimeSpan.FromSeconds(seconds), "", ""));
            return new GoTime(instant, loc);
        }
        var utcOffset = location.Zone.GetUtcOffset(wall);
        return new GoTime(new DateTimeOffset(wall, utcOffset), location);
    }

    private static int Fraction(string digits)
    {
        var padded = (digits.Length > 9 ? digits[..9] : digits).PadRight(9, '0');
        return int.Parse(padded, CultureInfo.InvariantCulture);
    }

    private static bool TakeDigits(ref string value, int min, int max, out int result)
    {
        var n = 0;
        while (n < max && n < value.Length && char.IsAsciiDigit(value[n])) n++;
        result = 0;
        if (n < min) return false;
        result = int.Parse(value[..n], CultureInfo.InvariantCulture);
        value = value[n..];
        return true;
    }

    private static bool TakeName(ref string value, string[] names, bool abbreviated, out int index)
    {
        for (index = 0; index < names.Length; index++)
        {
            var name = abbreviated ? names[index][..3] : names[index];
            if (value.Length >= name.Length && string.Equals(value[..name.Length], name, StringComparison.OrdinalIgnoreCase))
            {
                value = value[name.Length..];
                return true;
            }
        }
        return false;
    }

    private static bool TakeOffset(ref string value, Std std, out int offset)
    {
        offset = 0;
        var iso = std is Std.ISO8601TZ or Std.ISO8601ColonTZ or Std.ISO8601SecondsTZ or Std.ISO8601ShortTZ or Std.ISO8601ColonSecondsTZ;
        if (iso && value.StartsWith('Z'))
        {
            value = value[1..];
            return true;
        }
        if (value.Length < 3 || value[0] is not ('+' or '-')) return false;
        var sign = value[0] == '-' ? -1 : 1;
        var colon = std is Std.ISO8601ColonTZ or Std.NumColonTZ or Std.ISO8601ColonSecondsTZ or Std.NumColonSecondsTZ;
        var withSeconds = std is Std.ISO8601SecondsTZ or Std.NumSecondsTz or Std.NumColonSecondsTZ or Std.ISO8601ColonSecondsTZ;
        var shortForm = std is Std.NumShortTZ or Std.ISO8601ShortTZ;
        var s = value[1..];
        if (!TakeDigits(ref s, 2, 2, out var hours)) return false;
        var minutes = 0;
        var seconds = 0;
        if (!shortForm)
        {
            if (colon)
            {
                if (!s.StartsWith(':')) return false;
                s = s[1..];
            }
            if (!TakeDigits(ref s, 2, 2, out minutes)) return false;
            if (withSeconds)
            {
                if (colon)
                {
                    if (!s.StartsWith(':')) return false;
                    s = s[1..];
                }
                if (!TakeDigits(ref s, 2, 2, out seconds)) return false;
            }
        }
        value = s;
        offset = sign * (hours * 3600 + minutes * 60 + seconds);
        return true;
    }
}
