using System;
using System.IO;
using System.Text;
using Cx.Templates.Model;

namespace Cx.Lint.Files
{
    /// <summary>Reads a template as text: BOM removed, strict UTF-8, binary files refused with a reason.</summary>
    internal static class TemplateReader
    {
        /// <summary>Files larger than this are refused unread: even in a 4-byte-per-character script they exceed the engine's cap.</summary>
        public const long MaxBytes = 4L * Cx.Templates.Parsing.MessageModelBuilder.MaxLength;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// The file's text, or null with <paramref name="error"/> saying why it cannot be linted and
        /// <paramref name="errorPosition"/> the 1-based line and column where the problem is (for invalid
        /// UTF-8, the character just after the last one that decodes).
        /// </summary>
        public static string? Read(string path, out string? error, out int errorOffset, out LinePosition errorPosition)
        {
            error = null;
            errorOffset = 0;
            errorPosition = new LinePosition(1, 1);
            byte[] bytes;
            try
            {
                // Checked before reading: a 50 MB log or export in a template folder must not be loaded whole.
                var size = new FileInfo(path).Length;
                if (size > MaxBytes)
                {
                    error = $"is {size / (1024.0 * 1024.0):0.0} MB; cx-lint reads templates up to {Cx.Templates.Parsing.MessageModelBuilder.MaxLength / (1024 * 1024)} MiB of text (a customer message is a few KB): split it into one template per message, or exclude it";
                    return null;
                }
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                error = "cannot be read: " + ex.Message;
                return null;
            }

            var start = 0;
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) start = 3;
            else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                var enc = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
                return enc.GetString(bytes, 2, bytes.Length - 2);
            }

            var nul = Array.IndexOf(bytes, (byte)0, start, Math.Min(bytes.Length - start, 8000));
            if (nul >= 0)
            {
                error = "is a binary file (it contains NUL bytes), not a text template";
                return null;
            }
            try
            {
                return StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException ex)
            {
                // ex.Index counts from the first byte handed to the decoder, i.e. after any BOM.
                var bad = Math.Max(0, Math.Min(ex.Index, bytes.Length - start));
                error = $"is not valid UTF-8 (byte 0x{(ex.BytesUnknown != null && ex.BytesUnknown.Length > 0 ? ex.BytesUnknown[0] : 0):X2} at byte offset {start + bad}); save it as UTF-8";
                // Position the diagnostic just after the characters decoded before the bad byte, on their line.
                var prefix = Encoding.UTF8.GetString(bytes, start, bad);
                errorOffset = prefix.Length;
                errorPosition = new LineMap(prefix).GetPosition(prefix.Length);
                return null;
            }
        }
    }
}
