package io.ticketflow.ticket.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedFileMetadataTest {

    @Test
    void a_file_name_loses_its_path() {
        assertThat(UploadedFileMetadata.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFileMetadata.fileName("C:\\Users\\alice\\Desktop\\invoice.pdf")).isEqualTo("invoice.pdf");
        assertThat(UploadedFileMetadata.fileName("report 2026.xlsx")).isEqualTo("report 2026.xlsx");
    }

    @Test
    void a_file_name_loses_control_and_invisible_characters() {
        assertThat(UploadedFileMetadata.fileName("log\r\nSet-Cookie: x.txt")).isEqualTo("logSet-Cookie: x.txt");
        assertThat(UploadedFileMetadata.fileName("a\u0000b\u0007c.txt")).isEqualTo("abc.txt");
        // a right-to-left override would display "invoice\u202Efdp.exe" as invoiceexe.pdf
        assertThat(UploadedFileMetadata.fileName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(UploadedFileMetadata.fileName("zero\u200Bwidth.png")).isEqualTo("zerowidth.png");
        assertThat(UploadedFileMetadata.fileName("  café 😀.jpg  ")).isEqualTo("café 😀.jpg");
    }

    @Test
    void a_name_with_nothing_left_is_attachment() {
        for (String nothing : new String[] {null, "", "   ", "/", "dir/", "..", ".", "\u0000\u202E"}) {
            assertThat(UploadedFileMetadata.fileName(nothing)).as(String.valueOf(nothing)).isEqualTo("attachment");
        }
    }

    @Test
    void a_long_name_is_cut_to_255_code_points_keeping_its_extension() {
        String cut = UploadedFileMetadata.fileName("😀".repeat(300) + ".tar.gz");

        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(UploadedFileMetadata.MAX_FILE_NAME_LENGTH);
        assertThat(cut).endsWith("😀.gz");
        String noExtension = UploadedFileMetadata.fileName("x".repeat(400));
        assertThat(noExtension).hasSize(255);
    }

    @Test
    void a_content_type_is_normalised_and_a_useless_one_is_octet_stream() {
        assertThat(UploadedFileMetadata.contentType("Image/PNG")).isEqualTo("image/png");
        assertThat(UploadedFileMetadata.contentType("text/plain; charset=UTF-8; format=flowed"))
                .isEqualTo("text/plain;charset=utf-8");
        for (String useless : new String[] {null, "", "png", "*/*", "image/*", "text/plain; charset=\"", "a/" + "b".repeat(300)}) {
            assertThat(UploadedFileMetadata.contentType(useless)).as(String.valueOf(useless))
                    .isEqualTo("application/octet-stream");
        }
    }
}
