package cn.scenehub.proposal

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

@MicronautTest(transactional = false)
class AttachmentSpec extends IntegrationSpec {

    static final byte[] PDF = '%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'.getBytes('ISO-8859-1')

    @Inject @Client('/') HttpClient client

    @Shared Api api
    @Shared Map enterprise
    @Shared Map provider
    @Shared Map rival
    @Shared Map proposal

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            def market = new Marketplace(api)
            enterprise = market.organizationWithUser('MANUFACTURER', '370212')
            provider = market.listedProvider('370211')
            rival = market.listedProvider('370211')
            def s = market.publishedScenario(enterprise)
            proposal = api.post("/api/v1/scenarios/${s.id}/proposals", [approach: '方案', price: [min: 1, max: 2],
                    durationDays: 30], provider.token)
        }
    }

    def "a pdf is stored and served as a download with nosniff, to the provider and the owner only"() {
        when:
        def view = upload('方案 说明.pdf', PDF)
        def attachment = view.attachments.last()

        then:
        attachment.contentType == 'application/pdf'
        attachment.size == PDF.length

        when:
        def response = api.http.exchange(HttpRequest.GET("/api/v1/proposals/${proposal.id}/attachments/${attachment.id}")
                .bearerAuth(enterprise.token), byte[])

        then:
        response.body() == PDF
        response.header('X-Content-Type-Options') == 'nosniff'
        response.header('Content-Disposition').startsWith('attachment;')
        response.header('Content-Disposition').contains("filename*=UTF-8''%E6%96%B9%E6%A1%88%20%E8%AF%B4%E6%98%8E.pdf")
        response.contentType.get().toString().startsWith('application/pdf')

        and:
        api.problem(HttpRequest.GET("/api/v1/proposals/${proposal.id}/attachments/${attachment.id}"), rival.token).status == 404
        api.problem(HttpRequest.GET("/api/v1/proposals/${proposal.id}/attachments/${attachment.id}")).status == 401
    }

    def "a file larger than one chunk comes back byte for byte"() {
        given:
        byte[] big = new byte[2_500_000]
        new Random(7).nextBytes(big)
        System.arraycopy(PDF, 0, big, 0, 5)

        when:
        def attachment = upload('大文件.pdf', big).attachments.last()
        byte[] back = api.http.retrieve(HttpRequest.GET("/api/v1/proposals/${proposal.id}/attachments/${attachment.id}")
                .bearerAuth(provider.token), byte[])

        then:
        back == big
    }

    def "refused: #reason"() {
        expect:
        def problem = problemOf(name, content)
        problem.status == status
        problem.errors*.field == ['file']

        where:
        reason                         | name          | content                                    || status
        'an executable'                | 'setup.exe'   | 'MZ\u0090'.getBytes('ISO-8859-1')          || 415
        'a script named pdf'           | 'report.pdf'  | '#!/bin/sh\nrm -rf /'.bytes                || 415
        'html named png'               | 'img.png'     | '<html><script>x</script>'.bytes           || 415
        'a zip that is no document'    | 'a.docx'      | zip(['readme.txt'])                        || 415
        'a macro-carrying document'    | 'm.docx'      | zip(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']) || 415
        'over 20 MB'                   | 'huge.pdf'    | oversize()                                 || 413
    }

    def "office packages of their kind are accepted; rivals cannot attach to another's proposal"() {
        expect:
        upload('计划.docx', zip(['[Content_Types].xml', 'word/document.xml'])).attachments*.contentType
                .contains('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        upload('报价.xlsx', zip(['[Content_Types].xml', 'xl/workbook.xml'])).attachments.size() >= 2
        problemOf('x.pdf', PDF, rival.token).status == 404
    }

    private Map upload(String name, byte[] content) {
        api.http.retrieve(request(name, content).bearerAuth(provider.token), Map)
    }

    private Map problemOf(String name, byte[] content, String token = null) {
        api.problem(request(name, content), token ?: provider.token)
    }

    private HttpRequest request(String name, byte[] content) {
        HttpRequest.POST("/api/v1/proposals/${proposal.id}/attachments",
                MultipartBody.builder().addPart('file', name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
    }

    static byte[] zip(List<String> entries) {
        def out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { zip ->
            entries.each { zip.putNextEntry(new ZipEntry(it)); zip.write('<x/>'.bytes); zip.closeEntry() }
        }
        out.toByteArray()
    }

    static byte[] oversize() {
        byte[] bytes = new byte[20 * 1024 * 1024 + 1]
        System.arraycopy(PDF, 0, bytes, 0, PDF.length)
        bytes
    }
}
