package com.example.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application README's Java examples belong to, so that they compile and its test example runs. Its package is
 * outside the sample's, so the sample's own tests never scan these classes.
 */
@SpringBootApplication
class ReadmeApplication {

}
