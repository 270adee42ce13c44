/**
 * Who may do what: user accounts and roles, sign-in (browser and bearer token), login
 * throttling, and access to the signed-in user ({@link org.wanqi.security.CurrentUser}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.wanqi.security;
