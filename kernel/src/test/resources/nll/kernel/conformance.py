"""Jupyter's kernel conformance suite (jupyter_kernel_test) with every sample filled in for Java.

Run with JUPYTER_PATH naming the data directory the kernel was installed into:
    /usr/bin/python3 -m unittest -v conformance
Each reply and message is validated against the protocol's v5 schema by the suite itself.
"""

import os
import unittest

import jupyter_kernel_test
from jupyter_client.manager import start_new_kernel

IMAGE = ("var picture = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
         "display(picture);")


class JavaKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = "java"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'

    completion_samples = [
        {"text": "Integer.toBinaryS", "matches": {"toBinaryString("}},
        {"text": "\"hi\".toUpperC", "matches": {"toUpperCase("}},
    ]

    complete_code_samples = ["1 + 1", "int x = 1;", "void f() { }", "for (int i = 0; i < 3; i++) { }",
                             "%jars lib/*.jar\nint y = 2;"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int y = (1 +", "double area(double r) {"]
    invalid_code_samples = ["int x = );"]

    code_generate_error = 'throw new IllegalStateException("boom");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "\"ab\" + \"cd\"", "result": "abcd"},
        {"code": "List.of(1, 2, 3)", "result": "[1, 2, 3]"},
        {"code": "String nothing = null;\nnothing", "result": "null"},
        {"code": "render(\"<b>bold</b>\", \"text/html\")", "mime": "text/html", "result": "<b>bold</b>"},
    ]

    code_display_data = [
        {"code": 'display("<i>shown now</i>", "text/html");', "mime": "text/html"},
        {"code": IMAGE, "mime": "image/png"},
    ]

    # Matches "6 * 7" alone among the inputs above, as a glob over the whole input.
    code_history_pattern = "6 * ?"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.abs("

    code_clear_output = 'System.out.println("before");\nclearOutput();\nSystem.out.println("after");'

    code_page_something = "Math.abs?"

    @classmethod
    def setUpClass(cls):
        # As the suite starts the kernel, with the kernel's output in a log file (KERNEL_LOG): a kernel left behind
        # then cannot hold the caller's pipe open.
        cls.log = open(os.environ.get("KERNEL_LOG", os.devnull), "w")
        cls.km, cls.kc = start_new_kernel(kernel_name=cls.kernel_name, stdout=cls.log, stderr=cls.log)
        # JShell starts in the background as the kernel starts; the first cell waits for it. Waiting here keeps
        # that start, which can take longer than the suite's 15 s on a busy machine, out of the timed requests.
        cls.kc.execute_interactive("1 + 1", timeout=300, output_hook=lambda msg: None)

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.log.close()


if __name__ == "__main__":
    unittest.main()
