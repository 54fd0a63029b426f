using System.Globalization;
using System.IO.Compression;
using System.Text;
using GitOpsLint.Diagnostics;
using GitOpsLint.Reporting.Sarif;

namespace GitOpsLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): full rule metadata, relative URIs under
/// <c>%SRCROOT%</c>, regions, related locations, both fingerprints, fixes and suppressions. GitHub accepts at most
/// 25,000 results per run and 10 MB of gzipped SARIF per upload, so a larger log keeps the most severe findings and
/// says in a notification what it left out.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const int GitHubMaxResults = 25_000;
    public const long GitHubMaxCompressedBytes = 10L * 1024 * 1024;

    private readonly int maxResults;
    private readonly long maxCompressedBytes;

    public SarifReporter()
        : this(GitHubMaxResults, GitHubMaxCompressedBytes)
    {
    }

    internal SarifReporter(int maxResults, long maxCompressedBytes)
    {
        this.maxResults = maxResults;
        this.maxCompressedBytes = maxCompressedBytes;
    }

    public string Format => "sarif";

    public void Write(ReportContext context, TextWriter output)
    {
        var builder = new SarifLogBuilder(context);
        var diagnostics = context.Result.Diagnostics;
        var keep = Math.Min(diagnostics.Count, maxResults);
        while (true)
        {
            var notice = keep < diagnostics.Count ? [TruncationNotice(diagnostics.Count, keep, keep < maxResults)] : Array.Empty<string>();
            var json = ReportJson.Serialize(builder.Build(MostSevere(diagnostics, keep), notice));
            var size = CompressedSize(json);
            if (size <= maxCompressedBytes || keep == 0)
            {
                output.Write(json);
                output.Write('\n');
                return;
            }

            // Shrink in proportion to the excess, with a margin so that this rarely takes more than two rounds.
            keep = Math.Min(keep - 1, (int)(keep * 0.9 * maxCompressedBytes / size));
        }
    }

    /// <summary>The <paramref name="count"/> findings that matter most (unsuppressed before suppressed, then by severity), in report order.</summary>
    private static IReadOnlyList<Diagnostic> MostSevere(IReadOnlyList<Diagnostic> diagnostics, int count)
    {
        if (count >= diagnostics.Count)
        {
            return diagnostics;
        }

        return diagnostics.Select((diagnostic, index) => (diagnostic, index))
            .OrderByDescending(p => p.diagnostic.IsSuppressed ? 0 : (int)p.diagnostic.Severity)
            .ThenBy(p => p.index)
            .Take(count)
            .OrderBy(p => p.index)
            .Select(p => p.diagnostic)
            .ToArray();
    }

    private string TruncationNotice(int total, int kept, bool bySize)
    {
        var limit = bySize
            ? $"its limit of {(maxCompressedBytes / (1024.0 * 1024.0)).ToString("0.##", CultureInfo.InvariantCulture)} MB of gzipped SARIF per upload"
            : $"its limit of {maxResults.ToString(CultureInfo.InvariantCulture)} results per run";
        return $"{(total - kept).ToString(CultureInfo.InvariantCulture)} of {total.ToString(CultureInfo.InvariantCulture)} findings were left out of this log "
            + $"(suppressed and least severe first) to stay within GitHub code scanning's {limit}; the text and json formats list them all.";
    }

    private static long CompressedSize(string json)
    {
        using var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            gzip.Write(bytes, 0, bytes.Length);
        }

        return counter.Length;
    }

    /// <summary>A write-only stream that only counts bytes, so measuring the compressed size keeps nothing in memory.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position
        {
            get => length;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;
    }
}
