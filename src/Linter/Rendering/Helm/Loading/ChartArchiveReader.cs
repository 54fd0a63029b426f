using System.Formats.Tar;
using System.IO.Compression;

namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>
/// Reads the files of a gzipped tar chart as Helm does (the first path element is the chart folder and is
/// dropped), refusing absolute paths, parent references and archives that exceed <see cref="ChartLoadLimits"/>.
/// </summary>
internal static class ChartArchiveReader
{
    internal static List<(string Name, byte[] Data)> Read(byte[] archive, ChartLoadLimits limits)
    {
        var files = new List<(string, byte[])>();
        long total = 0;
        var entries = 0;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(archive), CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (++entries > limits.MaxArchiveEntries)
                {
                    throw new ChartLoadException($"chart archive has more than {limits.MaxArchiveEntries} entries");
                }

                if (entry.EntryType is TarEntryType.Directory or TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes)
                {
                    continue;
                }

                var delimiter = entry.Name.Contains('\\', StringComparison.Ordinal) ? '\\' : '/';
                var parts = entry.Name.Split(delimiter);
                var name = string.Join('/', parts.Skip(1));
                if (name.StartsWith('/'))
                {
                    throw new ChartLoadException("chart illegally contains absolute paths");
                }

                name = CleanPath(name);
                if (name == ".")
                {
                    throw new ChartLoadException($"chart illegally contains content outside the base directory: \"{entry.Name}\"");
                }

                if (name.StartsWith("..", StringComparison.Ordinal))
                {
                    throw new ChartLoadException("chart illegally references parent directory");
                }

                if (parts[0] == "Chart.yaml")
                {
                    throw new ChartLoadException("chart yaml not in base directory");
                }

                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile))
                {
                    // Links and devices carry no content Helm would use.
                    continue;
                }

                var data = ReadBounded(entry.DataStream, limits, ref total);
                files.Add((name, StripBom(data)));
            }
        }
        catch (InvalidDataException e)
        {
            throw new ChartLoadException(e.Message.Contains("gzip", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("magic", StringComparison.OrdinalIgnoreCase)
                ? "gzip: invalid header"
                : "archive/tar: invalid tar header");
        }
        catch (FormatException)
        {
            throw new ChartLoadException("archive/tar: invalid tar header");
        }

        if (files.Count == 0)
        {
            throw new ChartLoadException("no files in chart archive");
        }

        return files;
    }

    internal static byte[] StripBom(byte[] data) =>
        data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? data[3..] : data;

    private static byte[] ReadBounded(Stream? stream, ChartLoadLimits limits, ref long total)
    {
        if (stream is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > limits.MaxArchiveUncompressedBytes)
            {
                throw new ChartLoadException($"chart archive decompresses to more than {limits.MaxArchiveUncompressedBytes} bytes");
            }

            if (buffer.Length + read > limits.MaxFileBytes)
            {
                throw new ChartLoadException($"chart archive holds a file larger than {limits.MaxFileBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Go's path.Clean for relative '/' paths.</summary>
    internal static string CleanPath(string path)
    {
        var stack = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && stack.Count > 0 && stack[^1] != "..")
            {
                stack.RemoveAt(stack.Count - 1);
            }
            else
            {
                stack.Add(part);
            }
        }

        return stack.Count == 0 ? "." : string.Join('/', stack);
    }
}
