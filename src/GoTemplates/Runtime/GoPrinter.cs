using System.Collections;
using System.Globalization;
using System.Text;

namespace GoTemplates.Runtime;

/// <summary>
/// The state of one Go fmt call (Go's <c>pp</c> plus its <c>fmt</c> flags), writing into a StringBuilder.
/// Mirrors Go's structure so the verb, flag and error behaviour match verb for verb.
/// </summary>
internal sealed class GoPrinter(StringBuilder output)
{
    private const string LowerDigits = "0123456789abcdefx";
    private const string UpperDigits = "0123456789ABCDEFX";

    private readonly StringBuilder _out = output;
    private readonly int _start = output.Length;

    // Go's fmt flags for the verb being printed.
    private bool _plus, _minus, _sharp, _space, _zero, _plusV, _sharpV;
    private int _width, _precision;
    private bool _widthPresent, _precisionPresent;

    // The operand being printed, for %!verb(type=value) reports.
    private object? _arg;
    private bool _erroring;

    public override string ToString() => _out.ToString(_start, _out.Length - _start);

    public void Print(object?[] args)
    {
        bool previousString = false;
        for (int i = 0; i < args.Length; i++)
        {
            bool isString = args[i] is string;
            if (i > 0 && !isString && !previousString) _out.Append(' ');
            PrintArg(args[i], 'v');
            previousString = isString;
        }
    }

    public void Println(object?[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) _out.Append(' ');
            PrintArg(args[i], 'v');
        }
        _out.Append('\n');
    }

    public void Printf(string format, object?[] args)
    {
        int end = format.Length;
        int argNum = 0;
        bool afterIndex = false;
        bool reordered = false;
        int i = 0;
        while (i < end)
        {
            bool goodArgNum = true;
            int last = i;
            while (i < end && format[i] != '%') i++;
            if (i > last) _out.Append(format, last, i - last);
            if (i >= end) break;
            i++;
            ClearFlags();
            bool simple = false;
            for (; i < end; i++)
            {
                char c = format[i];
                if (c == '#') _sharp = true;
                else if (c == '0') _zero = !_minus;
                else if (c == '+') _plus = true;
                else if (c == '-') { _minus = true; _zero = false; }
                else if (c == ' ') _space = true;
                else
                {
                    if (c >= 'a' && c <= 'z' && argNum < args.Length)
                    {
                        if (c == 'v') MoveFlagsForV();
                        PrintArg(args[argNum], c);
                        argNum++;
                        i++;
                        simple = true;
                    }
                    break;
                }
            }
            if (simple) continue;

            (argNum, i, afterIndex, goodArgNum, reordered) = ArgNumber(argNum, format, i, args.Length, goodArgNum, reordered);

            if (i < end && format[i] == '*')
            {
                i++;
                (_width, _widthPresent, argNum) = IntFromArg(args, argNum);
                if (!_widthPresent) _out.Append("%!(BADWIDTH)");
                if (_width < 0)
                {
                    _width = -_width;
                    _minus = true;
                    _zero = false;
                }
                afterIndex = false;
            }
            else
            {
                (_width, _widthPresent, i) = ParseNumber(format, i, end);
                if (afterIndex && _widthPresent) goodArgNum = false;
            }

            if (i + 1 < end && format[i] == '.')
            {
                i++;
                if (afterIndex) goodArgNum = false;
                (argNum, i, afterIndex, goodArgNum, reordered) = ArgNumber(argNum, format, i, args.Length, goodArgNum, reordered);
                if (i < end && format[i] == '*')
                {
                    i++;
                    (_precision, _precisionPresent, argNum) = IntFromArg(args, argNum);
                    if (_precision < 0)
                    {
                        _precision = 0;
                        _precisionPresent = false;
                    }
                    if (!_precisionPresent) _out.Append("%!(BADPREC)");
                    afterIndex = false;
                }
                else
                {
                    (_precision, _precisionPresent, i) = ParseNumber(format, i, end);
                    if (!_precisionPresent)
                    {
                        _precision = 0;
                        _precisionPresent = true;
                    }
                }
            }

            if (!afterIndex)
                (argNum, i, afterIndex, goodArgNum, reordered) = ArgNumber(argNum, format, i, args.Length, goodArgNum, reordered);

            if (i >= end)
            {
                _out.Append("%!(NOVERB)");
                break;
            }

            int verb = format[i];
            int size = 1;
            if (char.IsHighSurrogate(format[i]) && i + 1 < end && char.IsLowSurrogate(format[i + 1]))
            {
                verb = char.ConvertToUtf32(format[i], format[i + 1]);
                size = 2;
            }
            i += size;

            if (verb == '%') _out.Append('%');
            else if (!goodArgNum) BadArgNum(verb);
            else if (argNum >= args.Length) MissingArg(verb);
            else
            {
                if (verb == 'v') MoveFlagsForV();
                PrintArg(args[argNum], verb);
                argNum++;
            }
        }

        if (!reordered && argNum < args.Length)
        {
            ClearFlags();
            _out.Append("%!(EXTRA ");
            for (int k = argNum; k < args.Length; k++)
            {
                if (k > argNum) _out.Append(", ");
                if (args[k] is null)
                {
                    _out.Append("<nil>");
                }
                else
                {
                    _out.Append(GoTypes.NameOf(args[k])).Append('=');
                    PrintArg(args[k], 'v');
                }
            }
            _out.Append(')');
        }
    }

    private void MoveFlagsForV()
    {
        _sharpV = _sharp;
        _sharp = false;
        _plusV = _plus;
        _plus = false;
    }

    private void ClearFlags()
    {
        _plus = _minus = _sharp = _space = _zero = _plusV = _sharpV = false;
        _width = _precision = 0;
        _widthPresent = _precisionPresent = false;
    }

    private static (int Number, bool IsNumber, int NewIndex) ParseNumber(string s, int start, int end)
    {
        if (start >= end) return (0, false, end);
        int number = 0;
        bool isNumber = false;
        int i = start;
        for (; i < end && s[i] >= '0' && s[i] <= '9'; i++)
        {
            if (number > 1_000_000) return (0, false, end); // Go's tooLarge guard
            number = number * 10 + (s[i] - '0');
            isNumber = true;
        }
        return (number, isNumber, i);
    }

    private static (int ArgNum, int Index, bool Found, bool GoodArgNum, bool Reordered) ArgNumber(
        int argNum, string format, int i, int numArgs, bool goodArgNum, bool reordered)
    {
        if (format.Length <= i || format[i] != '[') return (argNum, i, false, goodArgNum, reordered);
        reordered = true;
        var (index, width, ok) = ParseArgNumber(format, i);
        if (ok && index >= 0 && index < numArgs) return (index, i + width, true, goodArgNum, reordered);
        return (argNum, i + width, ok, false, reordered);
    }

    private static (int Index, int Width, bool Ok) ParseArgNumber(string format, int start)
    {
        if (format.Length - start < 3) return (0, 1, false);
        for (int i = start + 1; i < format.Length; i++)
        {
            if (format[i] == ']')
            {
                var (width, ok, newIndex) = ParseNumber(format, start + 1, i);
                if (!ok || newIndex != i) return (0, i - start + 1, false);
                return (width - 1, i - start + 1, true);
            }
        }
        return (0, 1, false);
    }

    private static (int Number, bool IsInt, int NewArgNum) IntFromArg(object?[] args, int argNum)
    {
        if (argNum >= args.Length) return (0, false, argNum);
        int number = 0;
        bool isInt = false;
        switch (args[argNum])
        {
            case nint n when n >= int.MinValue && n <= int.MaxValue: number = (int)n; isInt = true; break;
            case long n when n >= int.MinValue && n <= int.MaxValue: number = (int)n; isInt = true; break;
            case int n: number = n; isInt = true; break;
            case short n: number = n; isInt = true; break;
            case sbyte n: number = n; isInt = true; break;
            case nuint n when n <= int.MaxValue: number = (int)n; isInt = true; break;
            case ulong n when n <= int.MaxValue: number = (int)n; isInt = true; break;
            case uint n when n <= int.MaxValue: number = (int)n; isInt = true; break;
            case ushort n: number = n; isInt = true; break;
            case byte n: number = n; isInt = true; break;
        }
        if (number > 1_000_000 || number < -1_000_000) return (0, false, argNum + 1);
        return (number, isInt, argNum + 1);
    }

    private void BadArgNum(int verb)
    {
        _out.Append("%!");
        GoQuote.AppendRune(_out, verb);
        _out.Append("(BADINDEX)");
    }

    private void MissingArg(int verb)
    {
        _out.Append("%!");
        GoQuote.AppendRune(_out, verb);
        _out.Append("(MISSING)");
    }

    private void PrintArg(object? arg, int verb)
    {
        _arg = arg;
        if (arg is null)
        {
            if (verb == 'T' || verb == 'v') PadString("<nil>");
            else BadVerb(verb);
            return;
        }
        if (verb == 'T')
        {
            FormatS(GoTypes.NameOf(arg));
            return;
        }
        if (verb == 'p')
        {
            // Go prints an address; .NET values have none that would mean anything, so report like a non-pointer.
            BadVerb(verb);
            return;
        }
        switch (arg)
        {
            case bool b: FormatBool(b, verb); return;
            case double d: FormatFloat(d, 64, verb); return;
            case float f: FormatFloat(f, 32, verb); return;
            case nint n: FormatInteger((ulong)(long)n, true, verb); return;
            case long n: FormatInteger((ulong)n, true, verb); return;
            case int n: FormatInteger((ulong)(long)n, true, verb); return;
            case short n: FormatInteger((ulong)(long)n, true, verb); return;
            case sbyte n: FormatInteger((ulong)(long)n, true, verb); return;
            case nuint n: FormatInteger(n, false, verb); return;
            case ulong n: FormatInteger(n, false, verb); return;
            case uint n: FormatInteger(n, false, verb); return;
            case ushort n: FormatInteger(n, false, verb); return;
            case byte n: FormatInteger(n, false, verb); return;
            case string s: FormatString(s, verb); return;
            case byte[] bytes: FormatBytes(bytes, verb); return;
            case System.Numerics.Complex c: FormatComplex(c, verb); return;
        }
        if (!HandleMethods(verb)) PrintValue(arg, verb, 0);
    }

    private bool HandleMethods(int verb)
    {
        if (_erroring) return false;
        if (_arg is IGoStringer stringer && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q'))
        {
            FormatString(stringer.String(), verb);
            return true;
        }
        return false;
    }

    private void PrintValue(object? value, int verb, int depth)
    {
        // Deeply nested data (built by template functions) must end in an exception, not a stack overflow.
        if ((depth & 31) == 31) System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (depth > 0 && value is not null)
        {
            _arg = value;
            if (HandleMethods(verb)) return;
        }
        _arg = value;
        switch (value)
        {
            case null:
                // An element of []interface{} or a map value that holds nil.
                if (_sharpV) _out.Append("interface {}(nil)");
                else _out.Append("<nil>");
                return;
            case bool or double or float or nint or long or int or short or sbyte or nuint or ulong or uint or ushort or byte or string or System.Numerics.Complex:
                PrintArg(value, verb);
                return;
            case byte[] bytes:
                if (depth > 0) { FormatBytes(bytes, verb); return; }
                PrintList(bytes, verb, depth);
                return;
            case IGoStruct structure:
                if (structure.IsPointer && depth == 0) _out.Append('&');
                PrintStruct(structure, verb, depth);
                return;
            case IGoObject obj:
                if (_sharpV) _out.Append(obj.Type.Name);
                _out.Append("{}");
                return;
            case IDictionary map:
                PrintMap(map, verb, depth);
                return;
            case IList list:
                PrintList(list, verb, depth);
                return;
            case GoFunction:
                // Go prints a func value's address; a .NET delegate has none that means anything, so a fixed one.
                if (verb == 'v') Format0x64(0, !_sharpV);
                else BadVerb(verb);
                return;
            default:
                FormatString(value.ToString() ?? "", verb);
                return;
        }
    }

    private void PrintMap(IDictionary map, int verb, int depth)
    {
        if (_sharpV)
        {
            _out.Append(GoTypes.NameOf(map)).Append('{');
        }
        else
        {
            _out.Append("map[");
        }
        var keys = SortedKeys(map);
        for (int i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                if (_sharpV) _out.Append(", ");
                else _out.Append(' ');
            }
            PrintValue(keys[i], verb, depth + 1);
            _out.Append(':');
            PrintValue(map[keys[i]!], verb, depth + 1);
        }
        _out.Append(_sharpV ? '}' : ']');
    }

    /// <summary>Map keys in Go's fmtsort order: strings byte-wise, numbers numerically.</summary>
    internal static List<object?> SortedKeys(IDictionary map)
    {
        var keys = new List<object?>(map.Count);
        foreach (var key in map.Keys) keys.Add(key);
        if (keys.Count > 1) keys.Sort(CompareKeys);
        return keys;
    }

    private static int CompareKeys(object? a, object? b)
    {
        if (a is string sa && b is string sb) return string.CompareOrdinal(sa, sb);
        if (a is IConvertible ca && b is IConvertible cb && a is not string && b is not string)
        {
            if (a is ulong or nuint or uint || b is ulong or nuint or uint)
                return Convert.ToDecimal(ca, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(cb, CultureInfo.InvariantCulture));
            return Convert.ToDouble(ca, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(cb, CultureInfo.InvariantCulture));
        }
        return string.CompareOrdinal(a?.ToString(), b?.ToString());
    }

    private void PrintStruct(IGoStruct structure, int verb, int depth)
    {
        if (_sharpV) _out.Append(structure.Type.Name);
        _out.Append('{');
        var fields = structure.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                if (_sharpV) _out.Append(", ");
                else _out.Append(' ');
            }
            if (_plusV || _sharpV) _out.Append(fields[i].Key).Append(':');
            PrintValue(fields[i].Value, verb, depth + 1);
        }
        _out.Append('}');
    }

    private void PrintList(IList list, int verb, int depth)
    {
        if (_sharpV)
        {
            _out.Append(GoTypes.NameOf(list)).Append('{');
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) _out.Append(", ");
                PrintValue(list[i], verb, depth + 1);
            }
            _out.Append('}');
            return;
        }
        _out.Append('[');
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) _out.Append(' ');
            PrintValue(list[i], verb, depth + 1);
        }
        _out.Append(']');
    }

    private void BadVerb(int verb)
    {
        _erroring = true;
        _out.Append("%!");
        GoQuote.AppendRune(_out, verb);
        _out.Append('(');
        if (_arg is not null)
        {
            _out.Append(GoTypes.NameOf(_arg)).Append('=');
            PrintArg(_arg, 'v');
        }
        else
        {
            _out.Append("<nil>");
        }
        _out.Append(')');
        _erroring = false;
    }

    private void FormatBool(bool value, int verb)
    {
        if (verb == 't' || verb == 'v') PadString(value ? "true" : "false");
        else BadVerb(verb);
    }

    private void FormatInteger(ulong value, bool signed, int verb)
    {
        switch (verb)
        {
            case 'v':
                if (_sharpV && !signed) Format0x64(value, true);
                else AppendInteger(value, 10, signed, verb, LowerDigits);
                break;
            case 'd': AppendInteger(value, 10, signed, verb, LowerDigits); break;
            case 'b': AppendInteger(value, 2, signed, verb, LowerDigits); break;
            case 'o' or 'O': AppendInteger(value, 8, signed, verb, LowerDigits); break;
            case 'x': AppendInteger(value, 16, signed, verb, LowerDigits); break;
            case 'X': AppendInteger(value, 16, signed, verb, UpperDigits); break;
            case 'c': Pad(RuneString(value)); break;
            case 'q': Pad(GoQuote.QuoteRune(value > 0x10FFFF ? 0xFFFD : (int)value, _plus)); break;
            case 'U': FormatUnicode(value); break;
            default: BadVerb(verb); break;
        }
    }

    private static string RuneString(ulong value)
    {
        int rune = value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ? 0xFFFD : (int)value;
        return char.ConvertFromUtf32(rune);
    }

    private void Format0x64(ulong value, bool leading0x)
    {
        bool sharp = _sharp;
        _sharp = leading0x;
        AppendInteger(value, 16, false, 'v', LowerDigits);
        _sharp = sharp;
    }

    private void AppendInteger(ulong u, int numberBase, bool signed, int verb, string digits)
    {
        bool negative = signed && (long)u < 0;
        if (negative) u = (ulong)(-(long)u);
        int precision = 0;
        if (_precisionPresent)
        {
            precision = _precision;
            if (precision == 0 && u == 0)
            {
                bool oldZero = _zero;
                _zero = false;
                WritePadding(_width);
                _zero = oldZero;
                return;
            }
        }
        else if (_zero && _widthPresent)
        {
            precision = _width;
            if (negative || _plus || _space) precision--;
        }

        var buffer = new char[68 + Math.Max(precision, 0)];
        int i = buffer.Length;
        uint ubase = (uint)numberBase;
        do
        {
            buffer[--i] = digits[(int)(u % ubase)];
            u /= ubase;
        }
        while (u > 0);
        while (i > 0 && precision > buffer.Length - i) buffer[--i] = '0';
        if (_sharp)
        {
            switch (numberBase)
            {
                case 2: buffer[--i] = 'b'; buffer[--i] = '0'; break;
                case 8: if (buffer[i] != '0') buffer[--i] = '0'; break;
                case 16: buffer[--i] = digits[16]; buffer[--i] = '0'; break;
            }
        }
        if (verb == 'O')
        {
            buffer[--i] = 'o';
            buffer[--i] = '0';
        }
        if (negative) buffer[--i] = '-';
        else if (_plus) buffer[--i] = '+';
        else if (_space) buffer[--i] = ' ';

        bool zero = _zero;
        _zero = false;
        Pad(new string(buffer, i, buffer.Length - i));
        _zero = zero;
    }

    private void FormatUnicode(ulong u)
    {
        int precision = 4;
        if (_precisionPresent && _precision > 4) precision = _precision;
        var hex = u.ToString("X", CultureInfo.InvariantCulture);
        var text = new StringBuilder("U+");
        for (int k = hex.Length; k < precision; k++) text.Append('0');
        text.Append(hex);
        if (_sharp && u <= 0x10FFFF && GoQuote.IsPrint((int)u))
        {
            text.Append(" '");
            GoQuote.AppendRune(text, (int)u);
            text.Append('\'');
        }
        bool zero = _zero;
        _zero = false;
        Pad(text.ToString());
        _zero = zero;
    }

    private void FormatFloat(double value, int size, int verb)
    {
        switch (verb)
        {
            case 'v': AppendFloat(value, size, 'g', -1); break;
            case 'b' or 'g' or 'G' or 'x' or 'X': AppendFloat(value, size, (char)verb, -1); break;
            case 'f' or 'e' or 'E': AppendFloat(value, size, (char)verb, 6); break;
            case 'F': AppendFloat(value, size, 'f', 6); break;
            default: BadVerb(verb); break;
        }
    }

    private void AppendFloat(double value, int size, char verb, int precision)
    {
        if (_precisionPresent) precision = _precision;
        var formatted = new StringBuilder("+");
        GoFloat.Append(formatted, value, verb, precision, size);
        if (formatted[1] == '-' || formatted[1] == '+') formatted.Remove(0, 1);
        if (_space && formatted[0] == '+' && !_plus) formatted[0] = ' ';
        if (formatted[1] == 'I' || formatted[1] == 'N')
        {
            bool oldZero = _zero;
            _zero = false;
            if (formatted[1] == 'N' && !_space && !_plus) formatted.Remove(0, 1);
            Pad(formatted.ToString());
            _zero = oldZero;
            return;
        }
        if (_sharp && verb != 'b')
        {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = precision == -1 ? 6 : precision;
            string tail = "";
            bool hasPoint = false, sawNonzero = false;
            for (int i = 1; i < formatted.Length; i++)
            {
                char c = formatted[i];
                if (c == '.') hasPoint = true;
                else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X'))
                {
                    tail = formatted.ToString(i, formatted.Length - i);
                    formatted.Length = i;
                    break;
                }
                else
                {
                    if (c != '0') sawNonzero = true;
                    if (sawNonzero) digits--;
                }
            }
            if (!hasPoint)
            {
                if (formatted.Length == 2 && formatted[1] == '0') digits--;
                formatted.Append('.');
            }
            for (; digits > 0; digits--) formatted.Append('0');
            formatted.Append(tail);
        }
        if (_plus || formatted[0] != '+')
        {
            if (_zero && _widthPresent && _width > formatted.Length)
            {
                _out.Append(formatted[0]);
                WritePadding(_width - formatted.Length);
                _out.Append(formatted, 1, formatted.Length - 1);
                return;
            }
            Pad(formatted.ToString());
            return;
        }
        Pad(formatted.ToString(1, formatted.Length - 1));
    }

    private void FormatComplex(System.Numerics.Complex value, int verb)
    {
        switch (verb)
        {
            case 'v' or 'b' or 'g' or 'G' or 'x' or 'X' or 'f' or 'F' or 'e' or 'E':
                bool oldPlus = _plus;
                _out.Append('(');
                FormatFloat(value.Real, 64, verb);
                _plus = true; // the imaginary part always has a sign
                FormatFloat(value.Imaginary, 64, verb);
                _out.Append("i)");
                _plus = oldPlus;
                break;
            default:
                BadVerb(verb);
                break;
        }
    }

    private void FormatString(string value, int verb)
    {
        switch (verb)
        {
            case 'v':
                if (_sharpV) FormatQ(value);
                else FormatS(value);
                break;
            case 's': FormatS(value); break;
            case 'x': FormatSbx(System.Text.Encoding.UTF8.GetBytes(value), LowerDigits); break;
            case 'X': FormatSbx(System.Text.Encoding.UTF8.GetBytes(value), UpperDigits); break;
            case 'q': FormatQ(value); break;
            default: BadVerb(verb); break;
        }
    }

    private void FormatBytes(byte[] bytes, int verb)
    {
        switch (verb)
        {
            case 'v' or 'd':
                if (_sharpV)
                {
                    _out.Append("[]byte{");
                    for (int i = 0; i < bytes.Length; i++)
                    {
                        if (i > 0) _out.Append(", ");
                        Format0x64(bytes[i], true);
                    }
                    _out.Append('}');
                    return;
                }
                _out.Append('[');
                for (int i = 0; i < bytes.Length; i++)
                {
                    if (i > 0) _out.Append(' ');
                    AppendInteger(bytes[i], 10, false, verb, LowerDigits);
                }
                _out.Append(']');
                return;
            case 's': FormatS(System.Text.Encoding.UTF8.GetString(bytes)); return;
            case 'x': FormatSbx(bytes, LowerDigits); return;
            case 'X': FormatSbx(bytes, UpperDigits); return;
            case 'q': FormatQ(System.Text.Encoding.UTF8.GetString(bytes)); return;
            default: PrintList(bytes, verb, 0); return;
        }
    }

    private void FormatS(string value) => PadString(Truncate(value));

    private void FormatQ(string value)
    {
        value = Truncate(value);
        if (_sharp && GoQuote.CanBackquote(value)) PadString("`" + value + "`");
        else PadString(GoQuote.Quote(value, asciiOnly: _plus));
    }

    private void FormatSbx(byte[] bytes, string digits)
    {
        int length = bytes.Length;
        if (_precisionPresent && _precision < length) length = _precision;
        int width = 2 * length;
        if (width > 0)
        {
            if (_space)
            {
                if (_sharp) width *= 2;
                width += length - 1;
            }
            else if (_sharp)
            {
                width += 2;
            }
        }
        else
        {
            if (_widthPresent) WritePadding(_width);
            return;
        }
        if (_widthPresent && _width > width && !_minus) WritePadding(_width - width);
        if (_sharp) _out.Append('0').Append(digits[16]);
        for (int i = 0; i < length; i++)
        {
            if (_space && i > 0)
            {
                _out.Append(' ');
                if (_sharp) _out.Append('0').Append(digits[16]);
            }
            _out.Append(digits[bytes[i] >> 4]).Append(digits[bytes[i] & 0xF]);
        }
        if (_widthPresent && _width > width && _minus) WritePadding(_width - width);
    }

    /// <summary>Go's truncateString: keeps the first <c>precision</c> runes.</summary>
    private string Truncate(string value)
    {
        if (!_precisionPresent) return value;
        int runes = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (runes == _precision) return value[..i];
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            runes++;
        }
        return value;
    }

    private void PadString(string value) => Pad(value);

    private void Pad(string value)
    {
        if (!_widthPresent || _width == 0)
        {
            _out.Append(value);
            return;
        }
        int width = _width - RuneCount(value);
        if (!_minus)
        {
            WritePadding(width);
            _out.Append(value);
        }
        else
        {
            _out.Append(value);
            WritePadding(width);
        }
    }

    private void WritePadding(int count)
    {
        if (count <= 0) return;
        _out.Append(_zero ? '0' : ' ', count);
    }

    private static int RuneCount(string value)
    {
        int count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            count++;
        }
        return count;
    }
}
