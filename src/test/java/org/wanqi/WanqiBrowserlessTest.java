package org.wanqi;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.security.TestUsers;

/** A browserless view test on a fresh database, with {@link #users} to create and sign in people. */
@WanqiSpringTest
public abstract class WanqiBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected ApplicationContext context;
    protected TestUsers users;

    @BeforeEach
    void freshDatabaseAndNobodySignedIn() {
        TestDatabase.clear(context);
        users = new TestUsers(context);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }
}
